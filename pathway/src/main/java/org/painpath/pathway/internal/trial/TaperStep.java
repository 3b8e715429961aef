package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.TaperDrug;
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
 * ({@link DoseReductionStep}), and no taper step the check does not accept today is proposed (PW-21).
 */
public final class TaperStep implements Advisor {

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

  private Recommendation taper(CaseState state, DrugTrial trial, LocalDate asOf) {
    DailyDose from = trial.dailyDose();
    String reduced = "";
    if (limits.breach(state, trial, asOf).isPresent()) {
      Optional<PlannedStep> to = limits.reductionFor(state, trial, asOf);
      if (to.isEmpty()) {
        return new TaperDrug(
            trial.drug(),
            List.of(),
            "No taper schedule is proposed for " + trial.drug() + ": its recorded dose is above the patient's limits as of "
                + asOf + " and no dose within them can be proposed from the data given. " + withinLimits.statement(),
            Cite.all(withinLimits.citations(), rule.citations(), trial.citations()));
      }
      from = to.get().daily();
      reduced = " (first reduced to " + from + ", the most the patient's limits allow)";
    }
    try {
      TitrationSchedule taper = pharmacology.taper(trial.drug(), from, state.patientOn(asOf));
      List<org.painpath.core.citation.Citation> noteCitations =
          taper.notes().stream().flatMap(n -> n.citations().stream()).toList();
      List<PlannedStep> planned = taper.steps().stream().map(PlannedStep::of).toList();
      List<PlannedStep> accepted = planned.stream().filter(step -> limits.withinOwnLimits(state, trial.drug(), step, asOf)).toList();
      String left = accepted.size() == planned.size() ? "" : " Steps the patient's limits do not allow as of " + asOf + " are left out.";
      return new TaperDrug(
          trial.drug(),
          accepted,
          "Taper " + trial.drug() + " off from " + trial.dailyDose() + reduced + ": " + rule.statement() + left,
          Cite.all(rule.citations(), noteCitations, trial.citations(), reduced.isEmpty() && left.isEmpty() ? List.of() : withinLimits.citations()));
    } catch (InvalidInputException noRule) {
      return new TaperDrug(
          trial.drug(),
          List.of(),
          noTaperSchedule(trial.drug(), noRule),
          Cite.all(rule.citations(), trial.citations()));
    }
  }

  /**
   * Says plainly that no schedule is proposed and why (the pharmacology's own words), then the pathway's
   * taper rule as the reference states it for the drugs it covers: never a bare "stop", which would read
   * as an instruction to stop abruptly.
   */
  private String noTaperSchedule(String drug, InvalidInputException noRule) {
    String why = noRule.problems().list().stream().map(Problem::message).collect(Collectors.joining("; "));
    return "No taper schedule is proposed for " + drug + ": " + why + ". The pathway's taper rule, for the drugs the reference covers: "
        + rule.statement();
  }
}
