package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Do without the work-up, recording why (for example a complete recent work-up elsewhere).
 *
 * @param date the day of the decision
 * @param reason why the work-up is not done
 */
@JsonTypeName("skip-workup")
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
