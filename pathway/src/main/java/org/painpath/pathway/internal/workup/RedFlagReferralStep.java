package org.painpath.pathway.internal.workup;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.Refer;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.evaluation.redflag.RedFlagGroup;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.state.CaseState;

/**
 * Red flags of possible myopathy (objective proximal weakness, persistently raised CK) call for a
 * rheumatology or neuromuscular referral, not an urgent one (RF-07), until a muscle cause is managed.
 */
public final class RedFlagReferralStep implements Advisor {

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    RedFlagsAssessed flags = state.redFlags();
    boolean muscleCauseManaged =
        state.causes().stream()
            .anyMatch(
                c ->
                    (c.cause() == UnderlyingCause.PRIMARY_MUSCLE_DISEASE
                            || c.cause() == UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY)
                        && !c.status().equals(org.painpath.pathway.state.CauseStatus.FOUND));
    if (flags == null || muscleCauseManaged) {
      return List.of();
    }
    return flags.findings().stream()
        .filter(f -> f.code().equals(RedFlagGroup.MYOPATHY.findingCode()))
        .map(RedFlagReferralStep::refer)
        .toList();
  }

  private static Recommendation refer(Finding finding) {
    return new Refer(Specialty.NEUROMUSCULAR, false, finding.message(), finding.citations());
  }
}
