package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Referred for multidisciplinary biopsychosocial rehabilitation (reference PIT-07, PIT-09).
 *
 * @param date the day of the referral
 * @param reason why the case was referred
 */
@JsonTypeName("multidisciplinary-referral-made")
@API(status = EXPERIMENTAL)
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
