package org.painpath.pathway.internal.trial;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.internal.rule.Values;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;

/** The drug-trial sub-pathway's guard rows, in the order they are asked. */
public final class TrialGuards {

  private TrialGuards() {}

  /** The rows about starting a trial: asked before the trial's own steps, as they always were. */
  public static List<GuardRow<?>> startRows(PathwayPolicy policy, DrugPack pack) {
    PathwayRule evaluation = policy.rule(RuleId.EVALUATION_BEFORE_ESCALATION);
    PathwayRule noOpioid = policy.rule(RuleId.NO_OPIOID_TRIAL);
    PathwayRule pathwayDrugs = policy.rule(RuleId.PATHWAY_DRUGS);
    PathwayRule neuropathic = policy.rule(RuleId.GABAPENTINOID_NEEDS_NEUROPATHIC_COMPONENT);
    return List.of(
        // Drugs wait for the diagnostic evaluation (PW-05, SAMS-03): escalating first would treat as primary
        // pain what may be hypothyroidism, PMR or a statin.
        GuardRow.on(
            "escalation-follows-evaluation",
            RuleId.EVALUATION_BEFORE_ESCALATION,
            StartDrugTrial.class,
            List.of(
                new Clause<StartDrugTrial>(
                    "evaluation-not-complete",
                    CaseConditions.EVALUATION_SETTLED.name(),
                    c -> CaseConditions.EVALUATION_SETTLED,
                    (s, c, asOf) ->
                        evaluation
                            .blocking(
                                "evaluation-not-complete",
                                "a drug trial cannot start before the diagnostic evaluation is interpreted or skipped with a reason")
                            .about(c.drug())
                            .value("workup", s.evaluation().status())
                            .build()))),
        // Never an opioid trial (PIT-01); an unknown drug is bad input, named by the handler.
        GuardRow.on(
            "no-opioid-trial",
            RuleId.NO_OPIOID_TRIAL,
            StartDrugTrial.class,
            List.of(
                new Clause<StartDrugTrial>(
                    "opioid-not-a-pathway-trial",
                    "the drug is not an opioid",
                    c -> Condition.constant("the drug is not an opioid", pack.find(c.drug()).filter(Drug::isOpioid).isEmpty()),
                    (s, c, asOf) -> notATrialDrug(noOpioid, "opioid-not-a-pathway-trial", pack.find(c.drug()).orElseThrow())))),
        // The pathway trials its own drugs only (PW-07): never a statin or a drug the pack holds only to detect it.
        GuardRow.on(
            "only-pathway-drugs-are-trialled",
            RuleId.PATHWAY_DRUGS,
            StartDrugTrial.class,
            List.of(
                new Clause<StartDrugTrial>(
                    "not-a-pathway-drug",
                    "the drug is a pathway drug",
                    c ->
                        Condition.constant(
                            "the drug is a pathway drug",
                            pack.find(c.drug()).map(d -> TrialConditions.isTrialDrug(d) || d.isOpioid()).orElse(true)),
                    (s, c, asOf) -> notATrialDrug(pathwayDrugs, "not-a-pathway-drug", pack.find(c.drug()).orElseThrow())))),
        // Gabapentinoids are not initiated for chronic primary pain (PIT-06; the stricter of the two options).
        GuardRow.on(
            "gabapentinoid-needs-neuropathic-component",
            RuleId.GABAPENTINOID_NEEDS_NEUROPATHIC_COMPONENT,
            StartDrugTrial.class,
            List.of(
                new Clause<StartDrugTrial>(
                    "no-neuropathic-component",
                    "a gabapentinoid only with a documented neuropathic component",
                    c -> TrialConditions.gabapentinoidAllowed(pack.find(c.drug()).map(TrialConditions::isGabapentinoid).orElse(false)),
                    (s, c, asOf) ->
                        neuropathic
                            .blocking("no-neuropathic-component", "no neuropathic component is documented for this case")
                            .about(c.drug())
                            .value("neuropathicComponent", false)
                            .build()))));
  }

  /** The rows about a trial's steps: in a status that allows them, titrated by the schedule, concluded when adequate. */
  public static List<GuardRow<?>> stepRows(PathwayPolicy policy) {
    PathwayRule known = policy.rule(RuleId.KNOWN_SUBJECT);
    PathwayRule schedule = policy.rule(RuleId.TITRATION_FOLLOWS_SCHEDULE);
    PathwayRule adequate = policy.rule(RuleId.ADEQUATE_TRIAL);
    List<GuardRow<?>> rows = new ArrayList<>();
    // A trial command addresses a trial in a status that allows it (PW-04; TrialTransitions).
    rows.add(trialStep(known, StartDrugTrial.class, StartDrugTrial::drug));
    rows.add(trialStep(known, ChangeDose.class, ChangeDose::drug, TrialConditions::doseChangeAllowed));
    rows.add(trialStep(known, ConcludeTrial.class, ConcludeTrial::drug));
    rows.add(trialStep(known, StopDrugTrial.class, StopDrugTrial::drug));
    rows.add(trialStep(known, CompleteTaper.class, CompleteTaper::drug));
    // A trial goes up no faster than the schedule pharmacology gave at its start (PW-08); down is always allowed.
    rows.add(
        GuardRow.on(
            "titration-follows-the-schedule",
            RuleId.TITRATION_FOLLOWS_SCHEDULE,
            ChangeDose.class,
            List.of(
                new Clause<ChangeDose>(
                    "faster-than-schedule",
                    "the dose goes up no faster than the schedule",
                    c -> Condition.of("the dose goes up no faster than the schedule", (s, asOf) -> tooFast(s, c) == null),
                    (s, c, asOf) -> {
                      TooFast fast = Objects.requireNonNull(tooFast(s, c));
                      return schedule
                          .blocking("faster-than-schedule", "the dose goes up faster than the schedule")
                          .about(c.drug())
                          .value("trialDay", fast.day())
                          .value("requestedDaily", fast.wanted())
                          .value("scheduledDaily", fast.inForce().daily())
                          .value("scheduledFromDay", fast.inForce().day())
                          .build();
                    }))));
    // A trial is judged only at the end of an adequate trial, on a pre-trial baseline and a measure of the
    // same instrument taken once adequate (PIT-09); a missing trial is the status row's to report.
    rows.add(
        GuardRow.on(
            "conclusion-needs-an-adequate-trial",
            RuleId.ADEQUATE_TRIAL,
            ConcludeTrial.class,
            List.of(
                new Clause<ConcludeTrial>(
                    "trial-not-adequate",
                    "the trial is adequate",
                    c -> orNoTrial(c.drug(), t -> TrialConditions.adequate(t).at(c.date())),
                    (s, c, asOf) -> {
                      DrugTrial trial = s.takenTrial(c.drug()).orElseThrow();
                      return adequate
                          .blocking("trial-not-adequate", "the trial is not adequate yet")
                          .about(trial.drug())
                          .value("targetDaily", trial.target())
                          .value("targetReachedOn", Values.orNone(trial.targetReachedOn()))
                          .value("minimumAdequateTrialDays", Values.orNone(trial.minimumAdequateTrialDays()))
                          .value("adequateFrom", Values.orNone(trial.adequateFrom()))
                          .value("date", c.date())
                          .build();
                    }),
                new Clause<ConcludeTrial>(
                    "no-pre-trial-baseline",
                    "a pain measure before the trial",
                    c -> orNoTrial(c.drug(), t -> Condition.constant("a pain measure before the trial", t.baseline() != null)),
                    (s, c, asOf) ->
                        adequate
                            .blocking("no-pre-trial-baseline", "no PEG or NRS was measured before the trial")
                            .about(s.takenTrial(c.drug()).orElseThrow().drug())
                            .build()),
                new Clause<ConcludeTrial>(
                    "no-end-of-trial-measure",
                    "the baseline's instrument measured once the trial was adequate",
                    c -> orNoTrial(c.drug(), TrialGuards::measuredIfBaseline),
                    (s, c, asOf) -> {
                      DrugTrial trial = s.takenTrial(c.drug()).orElseThrow();
                      String instrument = Objects.requireNonNull(trial.baseline()).instrument();
                      return adequate
                          .blocking("no-end-of-trial-measure", "measure " + instrument + " again now that the trial is adequate")
                          .about(trial.drug())
                          .value("instrument", instrument)
                          .value("adequateFrom", Values.orNone(trial.adequateFrom()))
                          .build();
                    }))));
    return rows;
  }

  private static <C extends Command> GuardRow<C> trialStep(PathwayRule known, Class<C> type, Function<C, String> drugOf) {
    return trialStep(known, type, drugOf, c -> TrialConditions.allows(type, drugOf.apply(c)));
  }

  private static <C extends Command> GuardRow<C> trialStep(
      PathwayRule known, Class<C> type, Function<C, String> drugOf, Function<C, Condition> allowed) {
    return GuardRow.on(
        "trial-commands-need-the-trial",
        RuleId.KNOWN_SUBJECT,
        type,
        List.of(
            new Clause<C>(
                "trial-not-in-a-state-for-this",
                "the drug trial's status allows the step",
                allowed,
                (s, c, asOf) ->
                    known
                        .blocking("trial-not-in-a-state-for-this", "the drug trial cannot take this step now")
                        .about(drugOf.apply(c))
                        .value("trialStatus", s.takenTrial(drugOf.apply(c)).map(t -> t.status().name()).orElse("none"))
                        .value("command", CommandNames.of(c))
                        .build())));
  }

  private static org.painpath.core.explain.Finding notATrialDrug(PathwayRule rule, String code, Drug drug) {
    return rule.blocking(code, drug.name() + " is not started as a trial of this pathway")
        .about(drug.name())
        .value("drugClass", drug.drugClass())
        .build();
  }

  /** The condition on the taken trial of the drug; holds when there is none (another row reports that). */
  private static Condition orNoTrial(String drug, Function<DrugTrial, Condition> onTrial) {
    return Condition.of(
        "(no trial of " + drug + ", or its condition holds)",
        (s, asOf) -> s.takenTrial(drug).map(t -> onTrial.apply(t).holds(s, asOf)).orElse(true));
  }

  /** With a baseline, its instrument measured again once adequate; without one, the baseline clause reports it. */
  private static Condition measuredIfBaseline(DrugTrial trial) {
    OutcomeMeasured baseline = trial.baseline();
    return baseline == null
        ? Condition.constant("no baseline", true)
        : TrialConditions.endOfTrialMeasured(trial, baseline.instrument());
  }

  /** How far a dose change outruns the schedule: null when it does not. */
  private record TooFast(int day, DailyDose wanted, PlannedStep inForce) {}

  private static @Nullable TooFast tooFast(CaseState state, ChangeDose change) {
    Optional<DrugTrial> trial = state.takenTrial(change.drug());
    if (trial.isEmpty() || trial.get().titration().isEmpty()) {
      return null; // the status row reports a missing trial
    }
    DailyDose wanted = change.daily();
    if (!wanted.exceeds(trial.get().dailyDose())) {
      return null;
    }
    int day = (int) ChronoUnit.DAYS.between(trial.get().startedOn(), change.date()) + 1;
    PlannedStep inForce = stepInForce(trial.get().titration(), day);
    return wanted.exceeds(inForce.daily()) ? new TooFast(day, wanted, inForce) : null;
  }

  /** The last planned step whose day has come (the first step if none has). */
  private static PlannedStep stepInForce(List<PlannedStep> plan, int day) {
    PlannedStep inForce = plan.get(0);
    for (PlannedStep step : plan) {
      if (step.day() <= day) {
        inForce = step;
      }
    }
    return inForce;
  }
}
