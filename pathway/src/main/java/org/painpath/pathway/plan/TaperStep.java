package org.painpath.pathway.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.TitrationSchedule;

/** A trial that ended without a response is tapered off on pharmacology's taper schedule (GAB-02, PGB-04). */
final class TaperStep implements NextStep {

  private final Pharmacology pharmacology;
  private final PathwayRule rule;

  TaperStep(Pharmacology pharmacology, PathwayRule rule) {
    this.pharmacology = pharmacology;
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (trial.status() == TrialStatus.TAPERING) {
        steps.add(taper(state, trial));
      }
    }
    return steps;
  }

  private Recommendation taper(CaseState state, DrugTrial trial) {
    try {
      TitrationSchedule taper = pharmacology.taper(trial.drug(), trial.dailyDose(), state.patient());
      List<org.painpath.core.citation.Citation> noteCitations =
          taper.notes().stream().flatMap(n -> n.citations().stream()).toList();
      return new TaperDrug(
          trial.drug(),
          taper.steps().stream().map(PlannedStep::of).toList(),
          "Taper " + trial.drug() + " off from " + trial.dailyDose() + ": " + rule.statement(),
          Cite.all(rule.citations(), noteCitations, trial.citations()));
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
