package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Do without the work-up, recording why (for example a complete recent work-up elsewhere).
 *
 * @param date the day of the decision
 * @param reason why the work-up is not done
 */
@JsonTypeName("skip-workup")
@API(status = EXPERIMENTAL)
public record SkipWorkup(LocalDate date, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the decision
   * @param reason why the work-up is not done
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public SkipWorkup {
    reason = CommandChecks.text(reason, "reason");
  }
}
