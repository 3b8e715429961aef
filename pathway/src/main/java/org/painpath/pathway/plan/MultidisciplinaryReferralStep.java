package org.painpath.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.policy.CitedCount;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/**
 * Once the cited number of adequate trials have failed (PIT-09: two), recommend multidisciplinary
 * rehabilitation until the referral is made.
 */
final class MultidisciplinaryReferralStep implements NextStep {

  private final CitedCount failedTrials;
  private final PathwayRule rule;

  MultidisciplinaryReferralStep(CitedCount failedTrials, PathwayRule rule) {
    this.failedTrials = failedTrials;
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    if (state.multidisciplinaryReferral() != null || state.failedTrials() < failedTrials.value()) {
      return List.of();
    }
    List<Citation> citations =
        java.util.stream.Stream.concat(failedTrials.citations().stream(), rule.citations().stream()).distinct().toList();
    return List.of(
        new Refer(
            Specialty.MULTIDISCIPLINARY_PAIN_REHABILITATION,
            false,
            state.failedTrials() + " drug trials have failed (trigger: " + failedTrials.value() + "). "
                + failedTrials.rationale() + " " + rule.statement(),
            citations));
  }
}
