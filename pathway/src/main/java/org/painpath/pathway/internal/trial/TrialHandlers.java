package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.internal.regimen.MissingData;
import org.painpath.pathway.internal.regimen.Regimens;
import org.painpath.pathway.internal.regimen.WithinLimits;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.internal.rule.Values;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.core.patient.RenalDataAge;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.outcome.Change;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.event.TrialOutcome;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * Drug trials. A trial starts, and a dose changes, only when pharmacology's check of the whole
 * regimen is not REJECTED, so a rejected regimen can never become active; its blocking findings are
 * the rejection's reasons. A trial is concluded on evaluation's change from the pre-trial baseline.
 */
public final class TrialHandlers {

  private final Pharmacology pharmacology;
  private final PathwayPolicy policy;
  private final StaleRenalData stale;
  private final WithinLimits regimenCheck;

  public TrialHandlers(Pharmacology pharmacology, PathwayPolicy policy) {
    this.pharmacology = pharmacology;
    this.policy = policy;
    this.stale = new StaleRenalData(pharmacology);
    this.regimenCheck = new WithinLimits(pharmacology);
  }

  public void register(Handler.Registry handlers) {
    handlers
        .on(CompleteTaper.class, (s, c, asOf) -> Accept.with(new TaperCompleted(c.date(), c.drug())))
        .on(StartDrugTrial.class, this::start)
        .on(ChangeDose.class, this::changeDose)
        .on(ConcludeTrial.class, this::conclude)
        .on(StopDrugTrial.class, this::stop);
  }

  private Decision start(CaseState state, StartDrugTrial command, LocalDate asOf) {
    Drug drug = pharmacology.pack().drug(command.drug());
    Optional<Finding> staleData = stale.refusal(state, drug.name(), command.date(), RenalDataAge.Use.START);
    if (staleData.isPresent()) {
      return new Rejected(List.of(staleData.get()));
    }
    DoseLimits limits;
    TitrationSchedule schedule;
    try {
      limits = pharmacology.limits(drug.name(), state.patientOn(command.date()));
      schedule = pharmacology.titrate(drug.name(), state.patientOn(command.date()));
    } catch (InvalidInputException missing) {
      return MissingData.rejection(drug.name(), missing, policy.rule(RuleId.MISSING_DATA));
    }
    org.painpath.core.quantity.Dose dose = command.dose();
    org.painpath.core.schedule.Frequency frequency = command.frequency();
    RegimenItem item =
        dose != null && frequency != null
            ? new RegimenItem(drug.name(), dose, frequency)
            : new RegimenItem(drug.name(), limits.start().dose(), limits.start().frequency());
    RegimenVerdict verdict = regimenCheck.verdictWith(state, drug.name(), List.of(item), command.date());
    if (verdict.verdict() == Verdict.REJECTED) {
      return new Rejected(blocking(verdict));
    }
    Integer minimumDays =
        drug.minimumAdequateTrialDays().isPresent() ? drug.minimumAdequateTrialDays().getAsInt() : null;
    return Accept.with(
        new DrugTrialStarted(
            command.date(),
            drug.name(),
            drug.drugClass().name(),
            item.perDose().orElseThrow(), // built per dose just above
            item.frequency(),
            schedule.steps().stream().map(PlannedStep::of).toList(),
            TargetDose.of(schedule, limits),
            minimumDays,
            verdict.findings(),
            trialCitations(drug, limits)));
  }

  private Decision changeDose(CaseState state, ChangeDose command, LocalDate asOf) {
    Optional<Finding> staleData =
        stepsUp(state, command) ? stale.refusal(state, command.drug(), command.date(), RenalDataAge.Use.DOSE_STEP) : Optional.empty();
    if (staleData.isPresent()) {
      return new Rejected(List.of(staleData.get()));
    }
    // the question the plan asks of each step it proposes (WithinLimits): one home, so they never disagree
    RegimenVerdict verdict = regimenCheck.verdictWith(state, command.drug(), Regimens.items(command), command.date());
    if (verdict.verdict() == Verdict.REJECTED) {
      return new Rejected(blocking(verdict));
    }
    return Accept.with(
        new DoseChanged(
            command.date(),
            command.drug(),
            command.dose(),
            command.frequency(),
            command.maximumTolerated(),
            verdict.findings(),
            command.schedule()));
  }

  /** A dose step up (CORE-K01 blocks it on stale kidney data); a reduction lowers the dose and is never held back (PW-37). */
  private static boolean stepsUp(CaseState state, ChangeDose command) {
    return state.takenTrial(command.drug()).map(t -> command.daily().exceeds(t.dailyDose())).orElse(true);
  }

  private Decision conclude(CaseState state, ConcludeTrial command, LocalDate asOf) {
    DrugTrial trial = state.takenTrial(command.drug()).orElseThrow();
    OutcomeMeasured baseline = java.util.Objects.requireNonNull(trial.baseline(), "guarded: baseline");
    OutcomeMeasured end = TrialConditions.endOfTrialMeasure(state, trial, baseline.instrument()).orElseThrow();
    Change change = Change.between(score(baseline), score(end));
    boolean responded = change.isResponder();
    Finding basis =
        Finding.builder(responded ? "trial-responded" : "trial-failed", responded ? Severity.INFO : Severity.MODERATE)
            .about(trial.drug())
            .message(
                trial.drug() + ": " + baseline.instrument() + " " + baseline.total().toPlainString() + " -> "
                    + end.total().toPlainString() + " (" + change.category() + ") at the end of an adequate trial; "
                    + (responded ? "a responder, continue." : "below a moderate improvement, the trial failed."))
            .value("instrument", baseline.instrument())
            .value("baseline", baseline.total().toPlainString())
            .value("baselineOn", baseline.date())
            .value("endOfTrial", end.total().toPlainString())
            .value("endOfTrialOn", end.date())
            .value("percentChange", change.percentChange().map(java.math.BigDecimal::toPlainString).orElse("n/a"))
            .value("category", change.category())
            .value("adequateFrom", Values.orNone(trial.adequateFrom()))
            .citations(
                java.util.stream.Stream.concat(
                        change.citations().stream(), policy.rule(RuleId.ADEQUATE_TRIAL).citations().stream())
                    .distinct()
                    .toList())
            .build();
    return Accept.with(
        new DrugTrialEnded(
            command.date(),
            trial.drug(),
            responded ? TrialOutcome.RESPONDED : TrialOutcome.INADEQUATE_RESPONSE,
            List.of(basis)));
  }

  private Decision stop(CaseState state, StopDrugTrial command, LocalDate asOf) {
    boolean intolerable = command.reason() == StopReason.INTOLERABLE_EFFECTS;
    Finding basis =
        Finding.builder(intolerable ? "stopped-intolerable-effects" : "stopped-other-reason", Severity.INFO)
            .about(command.drug())
            .message(
                intolerable
                    ? command.drug() + " stopped for intolerable adverse effects: a failed trial."
                    : command.drug() + " stopped for another reason: not a failed adequate trial.")
            .value("reason", command.reason())
            .citations(policy.rule(RuleId.ADEQUATE_TRIAL).citations())
            .build();
    return Accept.with(
        new DrugTrialEnded(
            command.date(),
            command.drug(),
            intolerable ? TrialOutcome.INTOLERABLE_EFFECTS : TrialOutcome.STOPPED_FOR_OTHER_REASON,
            List.of(basis)));
  }

  /** The dosing citations for this patient plus the drug's adequate-trial duration citation. */
  private static List<org.painpath.core.citation.Citation> trialCitations(Drug drug, DoseLimits limits) {
    return java.util.stream.Stream.concat(
            limits.citations().stream(),
            drug.definition().adequateTrial().map(t -> t.days().citation()).stream())
        .distinct()
        .toList();
  }

  private static org.painpath.evaluation.outcome.Score score(OutcomeMeasured measured) {
    return Instrument.parse(measured.instrument()).score(measured.items());
  }

  private static List<Finding> blocking(RegimenVerdict verdict) {
    return verdict.findings().stream().filter(f -> f.severity().blocks()).toList();
  }
}
