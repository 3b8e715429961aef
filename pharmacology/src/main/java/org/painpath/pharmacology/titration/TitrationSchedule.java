package org.painpath.pharmacology.titration;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;

import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;
/**
 * A day-by-day plan for one drug: each step holds from its day until the next step. For a titration
 * {@code targetReachedOnDay} is the day the target (or the patient's maximum) is reached; for a taper
 * {@code stopOnDay} is the first day without the drug. {@code notes} explain the plan (the limits'
 * reasons, a hold, a slower pace for age).
 */
@API(status = STABLE)
public record TitrationSchedule(
    String drug,
    Indication indication,
    ScheduleKind kind,
    List<TitrationStep> steps,
    Optional<Integer> targetReachedOnDay,
    Optional<Integer> stopOnDay,
    List<Finding> notes) {

  public TitrationSchedule {
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
    Problems.Collector problems = Problems.collector();
    for (int i = 1; i < steps.size(); i++) {
      problems.check(
          steps.get(i).day() > steps.get(i - 1).day(),
          "steps[" + i + "].day",
          "not-increasing",
          "step days must increase: day " + steps.get(i).day() + " follows day " + steps.get(i - 1).day());
    }
    problems.throwIfAny();
  }

  /** A proposed titration to be validated: the steps only. */
  public static TitrationSchedule proposed(String drug, List<TitrationStep> steps) {
    return new TitrationSchedule(drug, Indication.OTHER, ScheduleKind.TITRATION, steps, Optional.empty(), Optional.empty(), List.of());
  }

  public TitrationSchedule withIndication(Indication newIndication) {
    return new TitrationSchedule(drug, newIndication, kind, steps, targetReachedOnDay, stopOnDay, notes);
  }

  /** The daily total of the last step, or empty for a schedule without steps. */
  public Optional<DailyDose> finalDaily() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).dailyTotal());
  }
}
