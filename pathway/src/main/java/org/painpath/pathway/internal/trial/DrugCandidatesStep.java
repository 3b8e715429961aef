package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.internal.regimen.WithinLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * Which drug trial to start when none is running: one drug per first-line family (GL-01: SNRI, TCA
 * with secondary amines first, gabapentinoid) not yet failed, never an opioid, a gabapentinoid only
 * with a documented neuropathic component (PIT-06), and only if pharmacology's check of it with what
 * the patient takes is not rejected. After a failure this is the switch of class (PIT-08). No drug is
 * suggested before the evaluation is settled, while a cause or the statin question is open, or once
 * the multidisciplinary referral trigger is reached.
 */
public final class DrugCandidatesStep implements Advisor {

  /** First-line families in GL-01's order, each with its classes in order of preference (AMI-08). */
  static final List<List<DrugClass>> FIRST_LINE =
      List.of(
          List.of(DrugClass.SNRI),
          List.of(DrugClass.TCA_SECONDARY, DrugClass.TCA_TERTIARY),
          List.of(DrugClass.GABAPENTINOID));

  private final Pharmacology pharmacology;
  private final PathwayPolicy policy;
  private final WithinLimits limits;
  private final Condition referralTrigger;

  /** {@link #FIRST_LINE} with each family's startable drugs. */
  private final List<Family> families;

  public DrugCandidatesStep(Pharmacology pharmacology, PathwayPolicy policy, WithinLimits limits) {
    this.pharmacology = pharmacology;
    this.policy = policy;
    this.limits = limits;
    this.referralTrigger = TrialConditions.referralTriggerReached(policy);
    // The pack is fixed for this pharmacology, so the candidates are found once, not per plan (issue 7).
    List<Drug> drugs = pharmacology.pack().drugs();
    this.families = FIRST_LINE.stream().map(classes -> Family.of(classes, drugs)).toList();
  }

  /** A first-line family: its classes in order of preference and the drugs that may be started. */
  private record Family(List<DrugClass> classes, List<Drug> candidates) {

    /** By class in order of preference, then in pack order; never an opioid or a detect-only drug. */
    static Family of(List<DrugClass> classes, List<Drug> pack) {
      List<Drug> candidates = new ArrayList<>();
      for (DrugClass drugClass : classes) {
        for (Drug drug : pack) {
          if (drug.drugClass() == drugClass && TrialConditions.isTrialDrug(drug)) {
            candidates.add(drug);
          }
        }
      }
      return new Family(classes, List.copyOf(candidates));
    }
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    boolean treatable =
        CaseConditions.EVALUATION_SETTLED.holds(state, asOf)
            && (state.phase() == Phase.EVALUATED || state.phase() == Phase.MULTIMODAL_TREATMENT);
    boolean trialRunning =
        state.trials().stream().anyMatch(t -> t.status() == TrialStatus.ACTIVE || t.status() == TrialStatus.CONTINUING);
    boolean referralDue = referralTrigger.holds(state, asOf);
    if (!treatable || trialRunning || referralDue) {
      return List.of();
    }
    List<StartDrug> candidates = new ArrayList<>();
    for (Family family : families) {
      if (failedIn(state, family.classes())
          || !TrialConditions.gabapentinoidAllowed(family.classes().contains(DrugClass.GABAPENTINOID)).holds(state, asOf)) {
        continue;
      }
      firstAcceptable(state, family.candidates(), asOf).ifPresent(candidates::add);
    }
    return asAlternatives(candidates);
  }

  /** Several candidates are options to choose between, and each says so: a list of starts reads as a plan. */
  private static List<Recommendation> asAlternatives(List<StartDrug> candidates) {
    if (candidates.size() < 2) {
      return List.copyOf(candidates);
    }
    List<Recommendation> offered = new ArrayList<>();
    for (StartDrug candidate : candidates) {
      List<String> others =
          candidates.stream().map(StartDrug::drug).filter(d -> !d.equals(candidate.drug())).toList();
      offered.add(candidate.offeredWith(others));
    }
    return offered;
  }

  private Optional<StartDrug> firstAcceptable(CaseState state, List<Drug> candidates, LocalDate asOf) {
    for (Drug drug : candidates) {
      // the guard's own condition (trial-not-in-a-state-for-this): a drug still taken, e.g. tapering, is not started again
      if (!TrialConditions.allows(StartDrugTrial.class, drug.name()).holds(state, asOf)) {
        continue;
      }
      Optional<StartDrug> start = startIfAccepted(state, drug, asOf);
      if (start.isPresent()) {
        return start;
      }
    }
    return Optional.empty();
  }

  /**
   * The drug's start, unless it is to be avoided, has no titration steps, or its check with the
   * current regimen is rejected. Tested cheapest first: any one of them rules the drug out, so the
   * costlier questions are not asked of a drug already ruled out.
   */
  private Optional<StartDrug> startIfAccepted(CaseState state, Drug drug, LocalDate asOf) {
    DoseLimits limits;
    TitrationSchedule schedule;
    try {
      limits = pharmacology.limits(drug.name(), state.patientOn(asOf));
      if (limits.avoid()) {
        return Optional.empty();
      }
      schedule = pharmacology.titrate(drug.name(), state.patientOn(asOf));
    } catch (InvalidInputException missing) {
      return Optional.empty(); // cannot be judged safe without the missing data: never suggested
    }
    if (schedule.steps().isEmpty()) {
      return Optional.empty();
    }
    RegimenItem start = new RegimenItem(drug.name(), limits.start().dose(), limits.start().frequency());
    RegimenVerdict verdict = this.limits.verdictWith(state, drug.name(), List.of(start), asOf); // the decider's question
    if (verdict.verdict() == Verdict.REJECTED) {
      return Optional.empty();
    }
    boolean afterFailure = state.failedTrials() > 0;
    String why =
        (afterFailure
                ? state.failedTrials() + " trial(s) failed: switch to another first-line class, or add to a partially"
                    + " effective drug as a combination. " + policy.rule(RuleId.SWITCH_OR_COMBINE).statement()
                : "First-line drug class (GL-01). " + policy.rule(RuleId.SWITCH_OR_COMBINE).statement())
            + " Start " + drug.displayName() + " at " + limits.start().dose() + " " + limits.start().frequency()
            + " and titrate by the schedule.";
    return Optional.of(
        new StartDrug(
            drug.name(),
            drug.drugClass().name(),
            acceptedSteps(state, drug.name(), schedule, asOf),
            verdict.findings(),
            List.of(),
            why,
            Cite.all(policy.rule(RuleId.SWITCH_OR_COMBINE).citations(), limits.citations())));
  }

  /**
   * The schedule up to its first step the check does not accept today with what the patient takes (PW-21):
   * steps only go up, so none after it is proposed either.
   */
  private List<PlannedStep> acceptedSteps(CaseState state, String drug, TitrationSchedule schedule, LocalDate asOf) {
    List<PlannedStep> accepted = new ArrayList<>();
    for (var step : schedule.steps()) {
      PlannedStep planned = PlannedStep.of(step);
      if (!limits.accepts(state, drug, planned, asOf)) {
        break;
      }
      accepted.add(planned);
    }
    return accepted;
  }

  private static boolean failedIn(CaseState state, List<DrugClass> family) {
    return state.trials().stream()
        .filter(DrugTrial::countsAsFailed)
        .anyMatch(t -> family.stream().anyMatch(c -> c.name().equals(t.drugClass())));
  }
}
