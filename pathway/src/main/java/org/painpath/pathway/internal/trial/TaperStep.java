package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.StopDrug;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.pathway.internal.regimen.WithinLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;

/**
 * A trial that ended without a response is tapered off on pharmacology's taper schedule (GAB-02,
 * PGB-04). A dose recorded above the patient's limits is tapered from the dose it is reduced to
 * ({@link DoseReductionStep}), and no taper step the check does not accept today is proposed (PW-21). A
 * drug with no taper rule is stopped as its label directs ({@link StopDrug}, PW-T01), never given an empty
 * schedule that reads as "stop now".
 */
public final class TaperStep implements Advisor {

  /** PW-T01: a drug with no taper rule in the reference is stopped as its label directs, never on an invented schedule. */
  static final Citation NO_TAPER_RULE = new Citation("PW-T01", List.of(), Verification.DESIGN);

  private final Pharmacology pharmacology;
  private final PathwayRule rule;
  private final WithinLimits limits;
  private final PathwayRule withinLimits;

  public TaperStep(Pharmacology pharmacology, PathwayRule rule, WithinLimits limits, PathwayRule withinLimits) {
    this.pharmacology = pharmacology;
    this.rule = rule;
    this.limits = limits;
    this.withinLimits = withinLimits;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (trial.status() == TrialStatus.TAPERING) {
        steps.add(taper(state, trial, asOf));
      }
    }
    return steps;
  }

  /**
   * The day of the taper's last dose, for a trial being tapered on a rule: the taper starts on the later of
   * the trial's end and its last dose change (a recorded taper step restarts the schedule from the dose it
   * set) and its last dose is the day before the schedule's stop day. Empty when no schedule can be given
   * (no taper rule, or no dose within the patient's limits to taper from): the stop date is then unknown.
   */
  public Optional<LocalDate> lastDose(CaseState state, DrugTrial trial, LocalDate asOf) {
    Optional<DailyDose> from = taperFrom(state, trial, asOf);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    try {
      TitrationSchedule taper = pharmacology.taper(trial.drug(), from.get(), state.patientOn(asOf));
      LocalDate start = trial.endedOn() == null || trial.lastDoseChangeOn().isAfter(trial.endedOn()) ? trial.lastDoseChangeOn() : trial.endedOn();
      return taper.stopOnDay().map(day -> start.plusDays(Math.max(0, day - 2)));
    } catch (InvalidInputException noRule) {
      return Optional.empty();
    }
  }

  /** The dose the taper starts from: the dose taken, or the most the patient's limits allow when it is above them; empty when no such dose can be given. */
  private Optional<DailyDose> taperFrom(CaseState state, DrugTrial trial, LocalDate asOf) {
    if (limits.breach(state, trial, asOf).isEmpty()) {
      return Optional.of(trial.dailyDose());
    }
    return limits.reductionFor(state, trial, asOf).map(PlannedStep::daily);
  }

  private Recommendation taper(CaseState state, DrugTrial trial, LocalDate asOf) {
    Optional<DailyDose> start = taperFrom(state, trial, asOf);
    if (start.isEmpty()) {
      return new TaperDrug(
          trial.drug(),
          List.of(),
          "No taper schedule is proposed for " + trial.drug() + ": its recorded dose is above the patient's limits as of "
              + asOf + " and no dose within them can be proposed from the data given. " + withinLimits.statement(),
          Cite.all(withinLimits.citations(), rule.citations(), trial.citations()));
    }
    DailyDose from = start.get();
    String reduced = from.equals(trial.dailyDose()) ? "" : " (first reduced to " + from + ", the most the patient's limits allow)";
    try {
      TitrationSchedule taper = pharmacology.taper(trial.drug(), from, state.patientOn(asOf));
      List<org.painpath.core.citation.Citation> noteCitations =
          taper.notes().stream().flatMap(n -> n.citations().stream()).toList();
      List<PlannedStep> planned = taper.steps().stream().map(PlannedStep::of).toList();
      List<PlannedStep> accepted = planned.stream().filter(step -> limits.withinOwnLimits(state, trial.drug(), step, asOf)).toList();
      String left = accepted.size() == planned.size() ? "" : " Steps the patient's limits do not allow as of " + asOf + " are left out.";
      String ends = lastDose(state, trial, asOf).map(d -> " Last dose on " + d + ".").orElse("");
      return new TaperDrug(
          trial.drug(),
          accepted,
          "Taper " + trial.drug() + " off from " + trial.dailyDose() + reduced + ": " + rule.statement() + left + ends,
          Cite.all(rule.citations(), noteCitations, trial.citations(), reduced.isEmpty() && left.isEmpty() ? List.of() : withinLimits.citations()));
    } catch (InvalidInputException noRule) {
      return new StopDrug(trial.drug(), noTaperSchedule(trial.drug(), noRule), Cite.all(List.of(NO_TAPER_RULE), rule.citations(), trial.citations()));
    }
  }

  /**
   * Says plainly that no schedule is proposed and why (the pharmacology's own words), then the pathway's
   * taper rule as the reference states it for the drugs it covers: never a bare "stop", which would read
   * as an instruction to stop abruptly.
   */
  private String noTaperSchedule(String drug, InvalidInputException noRule) {
    String why = noRule.problems().list().stream().map(Problem::message).collect(Collectors.joining("; "));
    return "Stop " + drug + " as its label directs, with a pharmacist: " + why + ", so no schedule is proposed (PW-T01)."
        + " Record the taper complete on the day of the last dose; until then no drug whose pair with " + drug
        + " is MAJOR or worse is proposed. The pathway's taper rule, for the drugs the reference covers: " + rule.statement();
  }
}
