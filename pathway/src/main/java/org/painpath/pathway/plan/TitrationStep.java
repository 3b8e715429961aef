package org.painpath.pathway.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;

/**
 * An active trial below its target takes the next step of the schedule pharmacology gave at its
 * start, on the step's day if tolerated; once at target, it is held until the trial is adequate.
 */
final class TitrationStep implements NextStep {

  private final PathwayRule adequateTrial;

  TitrationStep(PathwayRule adequateTrial) {
    this.adequateTrial = adequateTrial;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (trial.status() != TrialStatus.ACTIVE) {
        continue;
      }
      LocalDate adequateFrom = trial.adequateFrom();
      if (adequateFrom == null) {
        nextStep(trial).ifPresent(step -> steps.add(titrate(trial, step, asOf)));
      } else if (asOf.isBefore(adequateFrom)) {
        steps.add(
            new FollowUp(
                adequateFrom,
                "hold " + trial.drug() + " at " + trial.dailyDose() + "; the trial is adequate from " + adequateFrom,
                adequateTrial.statement(),
                Cite.all(adequateTrial.citations(), trial.citations())));
      }
    }
    return steps;
  }

  /** The first planned step above the dose taken now. */
  static Optional<PlannedStep> nextStep(DrugTrial trial) {
    return trial.titration().stream()
        .filter(s -> s.daily().exceeds(trial.dailyDose()))
        .findFirst();
  }

  private Recommendation titrate(DrugTrial trial, PlannedStep step, LocalDate asOf) {
    LocalDate planned = trial.startedOn().plusDays(step.day() - 1L);
    LocalDate due = planned.isBefore(asOf) ? asOf : planned;
    return new TitrateDrug(
        trial.drug(),
        step,
        due,
        "Next step of the " + trial.drug() + " schedule (day " + step.day() + ": " + step.daily()
            + "), if tolerated, towards the target " + trial.target() + ". " + adequateTrial.statement(),
        Cite.all(trial.citations(), adequateTrial.citations()));
  }
}
