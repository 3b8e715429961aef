package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Discharge the case from the pathway, with the reason.
 *
 * @param date the day of discharge
 * @param reason why the case leaves the pathway
 */
@JsonTypeName("discharge")
@API(status = EXPERIMENTAL)
public record Discharge(LocalDate date, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of discharge
   * @param reason why the case leaves the pathway
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public Discharge {
    reason = CommandChecks.text(reason, "reason");
  }
}
