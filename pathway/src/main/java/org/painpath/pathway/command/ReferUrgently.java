package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Hand the case over for same-day or emergency assessment on the clinician's judgement, with why.
 *
 * @param date the day of the referral
 * @param reason the clinician's reason
 */
@JsonTypeName("refer-urgently")
@API(status = EXPERIMENTAL)
public record ReferUrgently(LocalDate date, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the referral
   * @param reason the clinician's reason
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public ReferUrgently {
    reason = CommandChecks.text(reason, "reason");
  }
}
