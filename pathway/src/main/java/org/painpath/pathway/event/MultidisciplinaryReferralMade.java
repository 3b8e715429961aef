package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Referred for multidisciplinary biopsychosocial rehabilitation (reference PIT-07, PIT-09).
 *
 * @param date the day of the referral
 * @param reason why the case was referred
 */
@JsonTypeName("multidisciplinary-referral-made")
public record MultidisciplinaryReferralMade(LocalDate date, String reason) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the referral
   * @param reason why the case was referred
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public MultidisciplinaryReferralMade {
    reason = EventChecks.text(reason, "reason");
  }
}
