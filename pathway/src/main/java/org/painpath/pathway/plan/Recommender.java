package org.painpath.pathway.plan;

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
 * (urgent referral alone when the case is urgent; then safety and diagnosis, the statin and causes,
 * drugs, referral, non-drug care, measures and follow-up), and the pitfall warnings. Reads no clock.
 */
public final class Recommender {

  private final NextStep urgent;
  private final List<NextStep> steps;
  private final List<Pitfall> pitfalls;

  Recommender(NextStep urgent, List<NextStep> steps, List<Pitfall> pitfalls) {
    this.urgent = urgent;
    this.steps = List.copyOf(steps);
    this.pitfalls = List.copyOf(pitfalls);
  }

  /** The recommender over a policy, a catalogue and pharmacology. */
  public static Recommender of(PathwayPolicy policy, InterventionCatalogue catalogue, Pharmacology pharmacology) {
    ContradictoryRenalData kidneys = new ContradictoryRenalData(pharmacology, policy.rule("missing-data"));
    WithinLimits limits = new WithinLimits(pharmacology);
    PathwayRule withinLimits = policy.rule("recorded-dose-within-limits");
    List<NextStep> steps = new ArrayList<>();
    steps.add(new RedFlagScreenStep(policy.rule("urgent-referral")));
    steps.add(new RedFlagReferralStep());
    steps.add(new WorkupStep(policy.rule("evaluation-before-escalation")));
    steps.add(new StatinStep(policy));
    steps.add(new CauseStep(policy.rule("underlying-cause")));
    steps.add(new DoseReductionStep(pharmacology, limits, withinLimits));
    steps.add(new TaperStep(pharmacology, policy.rule("taper"), limits, withinLimits));
    steps.add(new DrugCandidatesStep(pharmacology, policy, limits));
    steps.add(kidneys.guarding(new TitrationStep(policy.rule("adequate-trial"), limits, withinLimits)));
    steps.add(new MultidisciplinaryReferralStep(policy.failedAdequateTrialsBeforeReferral(), policy.rule("multidisciplinary-rehabilitation")));
    steps.add(new NonDrugCareStep(catalogue, policy.rule("active-care"), policy.rule("psychosocial-care")));
    steps.add(new MeasuresStep(policy.rule("outcome-monitoring"), policy.rule("adequate-trial")));
    steps.add(new FollowUpStep(policy.rule("outcome-monitoring")));
    List<Pitfall> pitfalls = new ArrayList<>();
    pitfalls.add(new DoseAboveLimits(limits, withinLimits));
    pitfalls.add(new OpioidInUse(pharmacology, policy.rule("opioid-in-use")));
    pitfalls.add(kidneys);
    pitfalls.add(new ImagingWithoutRedFlag(policy.rule("imaging-needs-red-flag")));
    pitfalls.add(new PassiveTreatmentOnly(policy.passiveOnlyLongest()));
    pitfalls.add(new PsychosocialFlagsUnaddressed(policy.rule("psychosocial-care"), catalogue));
    return new Recommender(new UrgentReferralStep(policy.rule("urgent-referral")), steps, pitfalls);
  }

  public Plan recommend(CaseState state, LocalDate asOf) {
    StateSummary summary = StateSummary.of(state, asOf);
    List<Finding> warnings = state.openedOn() == null ? List.of() : warnings(state, asOf);
    List<Recommendation> urgentSteps = urgent.next(state, asOf);
    if (!urgentSteps.isEmpty()) {
      return new Plan(summary, urgentSteps, warnings);
    }
    if (state.openedOn() == null || state.phase() == Phase.DISCHARGED) {
      return new Plan(summary, List.of(), warnings);
    }
    List<Recommendation> next = new ArrayList<>();
    steps.forEach(step -> next.addAll(step.next(state, asOf)));
    return new Plan(summary, next, warnings);
  }

  private List<Finding> warnings(CaseState state, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    pitfalls.forEach(p -> found.addAll(p.check(state, asOf)));
    return found;
  }
}
