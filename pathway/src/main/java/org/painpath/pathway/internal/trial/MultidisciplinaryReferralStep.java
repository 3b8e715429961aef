package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.Refer;
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
public final class MultidisciplinaryReferralStep implements Advisor {

  private final CitedCount failedTrials;
  private final PathwayRule rule;
  private final Condition due;

  public MultidisciplinaryReferralStep(PathwayPolicy policy) {
    this.failedTrials = policy.failedAdequateTrialsBeforeReferral();
    this.rule = policy.rule(RuleId.MULTIDISCIPLINARY_REHABILITATION);
    this.due = TrialConditions.referralTriggerReached(policy).and(CaseConditions.REFERRED.not());
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    if (!due.holds(state, asOf)) {
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
