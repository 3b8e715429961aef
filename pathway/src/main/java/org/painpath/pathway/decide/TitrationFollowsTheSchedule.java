package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;

/**
 * A trial goes up no faster than the schedule pharmacology gave for this patient at its start: on
 * trial day N the daily dose may not exceed the planned step in force that day (PW-08). The schedule
 * already holds the drug's step size and interval for the patient's age and kidneys; the pathway adds
 * no number of its own. Going down is always allowed.
 */
final class TitrationFollowsTheSchedule implements Guard {

  private final PathwayPolicy policy;

  TitrationFollowsTheSchedule(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "titration-follows-the-schedule";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof ChangeDose)) {
      return Reasons.none();
    }
    ChangeDose change = (ChangeDose) command;
    Optional<DrugTrial> trial = state.takenTrial(change.drug());
    if (trial.isEmpty() || trial.get().titration().isEmpty()) {
      return Reasons.none(); // trial-commands-need-the-trial reports a missing trial
    }
    DailyDose wanted = change.frequency().dailyTotal(change.dose());
    if (!wanted.exceeds(trial.get().dailyDose())) {
      return Reasons.none();
    }
    int day = (int) ChronoUnit.DAYS.between(trial.get().startedOn(), change.date()) + 1;
    PlannedStep inForce = stepInForce(trial.get().titration(), day);
    if (!wanted.exceeds(inForce.daily())) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking(
                "faster-than-schedule", policy.rule("titration-follows-schedule"), "the dose goes up faster than the schedule")
            .about(change.drug())
            .value("trialDay", day)
            .value("requestedDaily", wanted)
            .value("scheduledDaily", inForce.daily())
            .value("scheduledFromDay", inForce.day()));
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
