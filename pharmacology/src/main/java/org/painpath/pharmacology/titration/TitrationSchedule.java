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
 *
 * @param drug the drug's pack name
 * @param indication the indication the limits were taken for
 * @param kind titration or taper
 * @param steps the steps, by increasing day
 * @param targetReachedOnDay for a titration, the day the target (or the patient's maximum) is reached
 * @param stopOnDay for a taper, the first day without the drug
 * @param notes findings explaining the plan
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

  /**
   * Copies the lists and checks the step days increase.
   *
   * @param drug the drug's pack name
   * @param indication the indication the limits were taken for
   * @param kind titration or taper
   * @param steps the steps, by increasing day
   * @param targetReachedOnDay for a titration, the day the target (or the patient's maximum) is reached
   * @param stopOnDay for a taper, the first day without the drug
   * @param notes findings explaining the plan
   * @throws org.painpath.core.problem.InvalidInputException naming each {@code steps[i].day} that does not
   *     increase
   */
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

  /**
   * A proposed titration to be validated: the steps only.
   *
   * @param drug the drug's pack name
   * @param steps the proposed steps
   * @return a titration for the general indication, for {@code Pharmacology.validate}
   */
  public static TitrationSchedule proposed(String drug, List<TitrationStep> steps) {
    return new TitrationSchedule(drug, Indication.OTHER, ScheduleKind.TITRATION, steps, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * The same schedule for another indication (its ceilings apply when validated).
   *
   * @param newIndication the indication
   * @return the schedule
   */
  public TitrationSchedule withIndication(Indication newIndication) {
    return new TitrationSchedule(drug, newIndication, kind, steps, targetReachedOnDay, stopOnDay, notes);
  }

  /**
   * The daily total of the last step, or empty for a schedule without steps.
   *
   * @return the final daily total, or empty
   */
  public Optional<DailyDose> finalDaily() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).dailyTotal());
  }
}
