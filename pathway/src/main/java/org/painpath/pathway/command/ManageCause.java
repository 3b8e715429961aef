package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/**
 * Treat an underlying cause, or refer it to its specialty, with the plan in words.
 *
 * @param date the day management begins
 * @param cause the underlying cause found on evaluation
 * @param action treat it here or refer it to its specialty
 * @param plan the plan in words
 */
@JsonTypeName("manage-cause")
@API(status = EXPERIMENTAL)
public record ManageCause(LocalDate date, UnderlyingCause cause, CauseAction action, String plan) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day management begins
   * @param cause the underlying cause found on evaluation
   * @param action treat it here or refer it to its specialty
   * @param plan the plan in words
   * @throws org.painpath.core.problem.InvalidInputException naming {@code plan} when blank
   */
  public ManageCause {
    plan = CommandChecks.text(plan, "plan");
  }
}
