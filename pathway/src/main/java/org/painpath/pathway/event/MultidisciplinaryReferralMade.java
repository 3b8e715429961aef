package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Referred for multidisciplinary biopsychosocial rehabilitation (reference PIT-07, PIT-09). */
@JsonTypeName("multidisciplinary-referral-made")
@API(status = EXPERIMENTAL)
public record MultidisciplinaryReferralMade(LocalDate date, String reason) implements PathwayEvent {

  public MultidisciplinaryReferralMade {
    reason = EventChecks.text(reason, "reason");
  }
}
