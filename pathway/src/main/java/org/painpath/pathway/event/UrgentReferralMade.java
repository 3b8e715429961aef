package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * The case leaves the pathway for same-day or emergency assessment; {@code reasons} are the findings
 * that made it urgent (a red flag, rhabdomyolysis risk, self-harm thoughts).
 *
 * @param date the day of the referral
 * @param reasons the findings that made it urgent
 */
@JsonTypeName("urgent-referral-made")
@API(status = EXPERIMENTAL)
public record UrgentReferralMade(LocalDate date, List<Finding> reasons) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the referral
   * @param reasons the findings that made it urgent
   */
  public UrgentReferralMade {
    reasons = List.copyOf(reasons);
  }
}
