package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Referred for multidisciplinary biopsychosocial rehabilitation (reference PIT-07, PIT-09). */
@JsonTypeName("multidisciplinary-referral-made")
public record MultidisciplinaryReferralMade(LocalDate date, String reason) implements PathwayEvent {

  public MultidisciplinaryReferralMade {
    reason = EventChecks.text(reason, "reason");
  }
}
