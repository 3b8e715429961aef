package org.painpath.pathway.internal.engine;

import org.painpath.pathway.internal.statin.StatinAdvisor;
import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.internal.cause.CauseStep;
import org.painpath.pathway.internal.trial.ContradictoryRenalData;
import org.painpath.pathway.internal.trial.DoseAboveLimits;
import org.painpath.pathway.internal.trial.DoseReductionStep;
import org.painpath.pathway.internal.trial.DrugCandidatesStep;
import org.painpath.pathway.internal.trial.FollowUpStep;
import org.painpath.pathway.internal.workup.ImagingWithoutRedFlag;
import org.painpath.pathway.internal.trial.MeasuresStep;
import org.painpath.pathway.internal.trial.MultidisciplinaryReferralStep;
import org.painpath.pathway.internal.care.NonDrugCareStep;
import org.painpath.pathway.internal.opioid.OpioidInUse;
import org.painpath.pathway.internal.care.InterventionAdvisedAgainst;
import org.painpath.pathway.internal.care.PassiveTreatmentOnly;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.internal.care.PsychosocialFlagsUnaddressed;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.internal.workup.RedFlagReferralStep;
import org.painpath.pathway.internal.workup.RedFlagScreenStep;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.plan.StateSummary;
import org.painpath.pathway.internal.trial.StaleRenalData;
import org.painpath.pathway.internal.trial.TaperStep;
import org.painpath.pathway.internal.trial.TitrationStep;
import org.painpath.pathway.internal.caselife.SelfHarmSafetyStep;
import org.painpath.pathway.internal.caselife.UrgentReferralStep;
import org.painpath.pathway.internal.regimen.WithinLimits;
import org.painpath.pathway.internal.workup.WorkupStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.Phase;
import org.painpath.pharmacology.Pharmacology;

/**
 * {@code recommend(state, asOf) -> Plan}: the next steps in the order a clinician acts on them
 * (a same-day safety assessment first after PHQ-9 item 9 is endorsed, OUT-08; urgent referral alone when the case is urgent; then safety and diagnosis, the statin and causes,
 * drugs, referral, non-drug care, measures and follow-up), and the pitfall warnings. Reads no clock.
 */
public final class Recommender {

  private final Advisor safety;
  private final Advisor urgent;
  private final List<Advisor> steps;
  private final List<Pitfall> pitfalls;

  private Recommender(Advisor safety, Advisor urgent, List<Advisor> steps, List<Pitfall> pitfalls) {
    this.safety = safety;
    this.urgent = urgent;
    this.steps = List.copyOf(steps);
    this.pitfalls = List.copyOf(pitfalls);
  }

  /** The recommender over a policy, a catalogue and pharmacology. */
  public static Recommender of(PathwayPolicy policy, InterventionCatalogue catalogue, Pharmacology pharmacology) {
    ContradictoryRenalData kidneys = new ContradictoryRenalData(pharmacology, policy.rule(RuleId.MISSING_DATA));
    StaleRenalData stale = new StaleRenalData(pharmacology);
    WithinLimits limits = new WithinLimits(pharmacology);
    PathwayRule withinLimits = policy.rule(RuleId.RECORDED_DOSE_WITHIN_LIMITS);
    List<Advisor> steps = new ArrayList<>();
    steps.add(new RedFlagScreenStep(policy.rule(RuleId.URGENT_REFERRAL)));
    steps.add(new RedFlagReferralStep());
    steps.add(new WorkupStep(policy.rule(RuleId.EVALUATION_BEFORE_ESCALATION)));
    steps.add(new StatinAdvisor(policy));
    steps.add(new CauseStep(policy.rule(RuleId.UNDERLYING_CAUSE)));
    steps.add(new DoseReductionStep(pharmacology, limits, withinLimits));
    steps.add(new TaperStep(pharmacology, policy.rule(RuleId.TAPER), limits, withinLimits));
    steps.add(stale.guarding(new DrugCandidatesStep(pharmacology, policy, limits)));
    TitrationStep titration = new TitrationStep(policy.rule(RuleId.ADEQUATE_TRIAL), limits, withinLimits);
    steps.add(stale.guarding(kidneys.guarding(titration)));
    steps.add(new MultidisciplinaryReferralStep(policy));
    steps.add(new NonDrugCareStep(catalogue, policy.rule(RuleId.ACTIVE_CARE), policy.rule(RuleId.PSYCHOSOCIAL_CARE)));
    steps.add(new MeasuresStep(policy.rule(RuleId.OUTCOME_MONITORING), policy.rule(RuleId.ADEQUATE_TRIAL)));
    steps.add(new FollowUpStep(policy.rule(RuleId.OUTCOME_MONITORING)));
    List<Pitfall> pitfalls = new ArrayList<>();
    pitfalls.add(new DoseAboveLimits(limits, withinLimits));
    pitfalls.add(new OpioidInUse(pharmacology, policy.rule(RuleId.OPIOID_IN_USE)));
    pitfalls.add(kidneys);
    pitfalls.add(stale);
    pitfalls.add(titration);
    pitfalls.add(new ImagingWithoutRedFlag(policy.rule(RuleId.IMAGING_NEEDS_RED_FLAG)));
    pitfalls.add(new PassiveTreatmentOnly(policy.passiveOnlyLongest()));
    pitfalls.add(new InterventionAdvisedAgainst(catalogue));
    pitfalls.add(new PsychosocialFlagsUnaddressed(policy.rule(RuleId.PSYCHOSOCIAL_CARE), catalogue));
    return new Recommender(new SelfHarmSafetyStep(), new UrgentReferralStep(policy.rule(RuleId.URGENT_REFERRAL)), steps, pitfalls);
  }

  public Plan recommend(CaseState state, LocalDate asOf) {
    StateSummary summary = StateSummary.of(state, asOf);
    List<Finding> warnings = state.openedOn() == null ? List.of() : warnings(state, asOf);
    if (state.openedOn() == null) {
      return new Plan(summary, List.of(), warnings);
    }
    // OUT-08: a same-day safety assessment comes before every other step, the urgent referral included
    List<Recommendation> next = new ArrayList<>(safety.next(state, asOf));
    List<Recommendation> urgentSteps = urgent.next(state, asOf);
    if (!urgentSteps.isEmpty()) {
      next.addAll(urgentSteps);
      return new Plan(summary, next, warnings);
    }
    if (state.phase() == Phase.DISCHARGED) {
      return new Plan(summary, next, warnings);
    }
    steps.forEach(step -> next.addAll(step.next(state, asOf)));
    return new Plan(summary, next, warnings);
  }

  private List<Finding> warnings(CaseState state, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    pitfalls.forEach(p -> found.addAll(p.check(state, asOf)));
    return found;
  }
}
