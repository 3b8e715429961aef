package org.painpath.pathway.decide;

import java.util.List;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pharmacology.DrugPack;

/** Every guard of the pathway, in one place: what a reviewer reads to know what the decider enforces. */
final class Guards {

  private Guards() {}

  /** Whether the case can take a command at all. */
  static List<Guard> gates(PathwayPolicy policy) {
    return List.of(
        new CommandsFollowTheLog(policy), new CaseOpensOnce(policy), new ClosedCaseTakesNoCommands(policy));
  }

  /** The clinical and bookkeeping rules a command must satisfy in the current state. */
  static List<Guard> policies(PathwayPolicy policy, DrugPack pack) {
    return List.of(
        new EscalationFollowsEvaluation(policy),
        new OnlyPathwayDrugsAreTrialled(policy, pack),
        new GabapentinoidNeedsNeuropathicComponent(policy, pack),
        new WorkupFollowsItsOrder(policy),
        new StatinCourseAllowsTheStep(policy),
        new StatinRechallengeWaitsForResolution(policy),
        new StatinAttributionWaitsTwoMonths(policy),
        new NoStatinAfterAutoimmuneMyopathy(policy),
        new TrialCommandsNeedTheTrial(policy),
        new TitrationFollowsTheSchedule(policy),
        new ConclusionNeedsAnAdequateTrial(policy),
        new InterventionCommandsNeedTheIntervention(policy),
        new CauseReviewNeedsManagement(policy),
        new OpioidStopNeedsARecord(policy),
        new ReferralHappensOnce(policy),
        new MaintenanceNeedsImprovement(policy));
  }
}
