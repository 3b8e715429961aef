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
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.internal.regimen.Regimens;
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
 * the multidisciplinary referral trigger is reached. While a trial is tapered off, a start is a
 * cross-taper only when no pair with the tapering drug is MAJOR or worse, else dated after the taper
 * (PW-T02); a drug already trialled in the case is never proposed again (PW-T03).
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
  private final BesideTapers besideTapers;

  /** {@link #FIRST_LINE} with each family's startable drugs. */
  private final List<Family> families;

  /** PW-T02: while a drug is tapered off, a start beside it is judged as a cross-taper, else dated after its last dose. */
  static final Citation BESIDE_TAPER = new Citation("PW-T02", List.of(), Verification.DESIGN);


  public DrugCandidatesStep(Pharmacology pharmacology, PathwayPolicy policy, WithinLimits limits, TaperStep tapers) {
    this.pharmacology = pharmacology;
    this.besideTapers = new BesideTapers(pharmacology, tapers);
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
    List<BesideTapers.Taper> running = besideTapers.running(state, asOf);
    List<StartDrug> candidates = new ArrayList<>();
    for (Family family : families) {
      if (failedIn(state, family.classes())
          || !TrialConditions.gabapentinoidAllowed(family.classes().contains(DrugClass.GABAPENTINOID)).holds(state, asOf)) {
        continue;
      }
      firstAcceptable(state, family.candidates(), running, asOf).ifPresent(candidates::add);
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

  private Optional<StartDrug> firstAcceptable(CaseState state, List<Drug> candidates, List<BesideTapers.Taper> running, LocalDate asOf) {
    for (Drug drug : candidates) {
      // the guard's own condition (trial-not-in-a-state-for-this): a drug still taken, e.g. tapering, is not started again
      if (!TrialConditions.allows(StartDrugTrial.class, drug.name()).holds(state, asOf)) {
        continue;
      }
      // nor a drug whose trial ended, whatever the outcome (PW-T03): the one just stopped is never re-proposed
      if (state.trials().stream().anyMatch(t -> t.drug().equals(drug.name()))) {
        continue;
      }
      Optional<StartDrug> start = startIfAccepted(state, drug, running, asOf);
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
  private Optional<StartDrug> startIfAccepted(CaseState state, Drug drug, List<BesideTapers.Taper> running, LocalDate asOf) {
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
    if (!running.isEmpty()) {
      return besideTapers(state, drug, limits, schedule, start, running, asOf);
    }
    RegimenVerdict verdict = this.limits.verdictWith(state, drug.name(), List.of(start), asOf); // the decider's question
    if (verdict.verdict() == Verdict.REJECTED) {
      return Optional.empty();
    }
    return Optional.of(
        startDrug(state, drug, limits, acceptedSteps(schedule, step -> this.limits.accepts(state, drug.name(), step, asOf)), verdict, "", null, List.of()));
  }

  /**
   * A start while other drugs are tapered off (PW-T02): now, as a cross-taper, when the check with each
   * tapering drug as a medication planned to stop accepts it and judges no pair with a tapering drug MAJOR
   * or worse; else from the day after the last taper's last dose (or the end of a washout counted from the
   * planned stop, when later), if the check accepts it then; never while a taper's last dose is unknown.
   */
  private Optional<StartDrug> besideTapers(
      CaseState state, Drug drug, DoseLimits limits, TitrationSchedule schedule, RegimenItem start, List<BesideTapers.Taper> running, LocalDate asOf) {
    String tapered = running.stream().map(t -> t.trial().drug()).collect(java.util.stream.Collectors.joining(", "));
    RegimenVerdict now = besideTapers.verdict(state, running, drug.name(), List.of(start), null, asOf);
    List<Finding> severe = besideTapers.severePairs(now, drug.name(), running);
    // a start now is also the decider's question, asked of the regimen as recorded (a duplication is not
    // lifted there): the plan never proposes what the decider refuses (PW-21)
    if (this.limits.verdictWith(state, drug.name(), List.of(start), asOf).verdict() == Verdict.REJECTED) {
      return Optional.empty();
    }
    if (now.verdict() != Verdict.REJECTED && severe.isEmpty()) {
      String why = " Cross-taper: start while " + tapered + " is tapered off; the check with " + tapered
          + " planned to stop judged no pair MAJOR or worse (PW-T02).";
      List<PlannedStep> steps =
          acceptedSteps(schedule, step -> besideTapers.verdict(state, running, drug.name(), Regimens.items(drug.name(), step), null, asOf).verdict() != Verdict.REJECTED);
      return Optional.of(startDrug(state, drug, limits, steps, now, why, null, List.of(BESIDE_TAPER)));
    }
    if (running.stream().anyMatch(t -> t.lastDose().isEmpty())) {
      return Optional.empty(); // the stop is not known: a start after it cannot be dated (PW-T02)
    }
    LocalDate after = running.stream().map(t -> t.lastDose().get()).map(d -> d.isBefore(asOf) ? asOf : d).max(LocalDate::compareTo).orElseThrow().plusDays(1);
    RegimenVerdict then = besideTapers.verdict(state, running, drug.name(), List.of(start), after, asOf);
    Optional<LocalDate> washout = BesideTapers.earliestStart(then).filter(d -> d.isAfter(after));
    LocalDate from = washout.orElse(after);
    if (washout.isPresent()) {
      then = besideTapers.verdict(state, running, drug.name(), List.of(start), from, asOf);
    }
    if (then.verdict() == Verdict.REJECTED || !besideTapers.severePairs(then, drug.name(), running).isEmpty()) {
      return Optional.empty();
    }
    String pair = severe.isEmpty() ? "the check rejects it beside " + tapered : WithinLimits.drugsAndCodes(severe) + " is " + severe.get(0).severity() + " beside " + tapered;
    String why = " Not as a cross-taper: " + pair + ". Start on " + from + ", after the last dose of " + tapered
        + (washout.isPresent() ? " and the washout counted from its planned stop" : "") + " (PW-T02).";
    RegimenVerdict at = then;
    LocalDate day = from;
    List<PlannedStep> steps =
        acceptedSteps(schedule, step -> besideTapers.verdict(state, running, drug.name(), Regimens.items(drug.name(), step), day, asOf).verdict() != Verdict.REJECTED);
    List<org.painpath.core.citation.Citation> severeCites = severe.stream().flatMap(f -> f.citations().stream()).toList();
    return Optional.of(startDrug(state, drug, limits, steps, at, why, from, Cite.all(List.of(BESIDE_TAPER), severeCites)));
  }

  private StartDrug startDrug(
      CaseState state,
      Drug drug,
      DoseLimits limits,
      List<PlannedStep> steps,
      RegimenVerdict verdict,
      String besideTaper,
      @Nullable LocalDate startsOn,
      List<Citation> more) {
    boolean afterFailure = state.failedTrials() > 0;
    String why =
        (afterFailure
                ? state.failedTrials() + " trial(s) failed: switch to another first-line class, or add to a partially"
                    + " effective drug as a combination. " + policy.rule(RuleId.SWITCH_OR_COMBINE).statement()
                : "First-line drug class (GL-01). " + policy.rule(RuleId.SWITCH_OR_COMBINE).statement())
            + " Start " + drug.displayName() + " at " + limits.start().dose() + " " + limits.start().frequency()
            + " and titrate by the schedule." + besideTaper;
    return new StartDrug(
        drug.name(),
        drug.drugClass().name(),
        steps,
        verdict.findings(),
        List.of(),
        why,
        Cite.all(policy.rule(RuleId.SWITCH_OR_COMBINE).citations(), limits.citations(), more),
        startsOn);
  }

  /**
   * The schedule up to its first step the check does not accept today with what the patient takes (PW-21):
   * steps only go up, so none after it is proposed either.
   */
  private static List<PlannedStep> acceptedSteps(TitrationSchedule schedule, java.util.function.Predicate<PlannedStep> accepts) {
    List<PlannedStep> accepted = new ArrayList<>();
    for (var step : schedule.steps()) {
      PlannedStep planned = PlannedStep.of(step);
      if (!accepts.test(planned)) {
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
