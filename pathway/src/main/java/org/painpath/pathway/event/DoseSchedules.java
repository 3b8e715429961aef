package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.titration.TitrationStep;
import org.apiguardian.api.API;

/**
 * A dose change as one dose at a frequency, or, when a titration step's doses are unequal (venlafaxine
 * 37.5 mg in the morning, 75 mg in the evening), as that step's day of doses ({@code schedule}). With a
 * schedule, {@code dose} is its largest administration (what a reader of the dose alone must assume,
 * never less) and {@code frequency} has as many administrations as the schedule (an every-day one); the daily total is the
 * schedule's, so one change carries out one planned step exactly.
 */
@API(status = EXPERIMENTAL)
public final class DoseSchedules {

  private DoseSchedules() {}

  /**
   * Names every field of a schedule that contradicts its dose or frequency.
   *
   * @param dose the dose, the schedule's largest when one is given
   * @param frequency the frequency; on every-day frequencies, as many administrations as the schedule
   * @param schedule the day's doses, or null
   * @throws org.painpath.core.problem.InvalidInputException naming {@code schedule} and {@code dose} when they
   *     contradict
   */
  public static void check(Dose dose, Frequency frequency, @Nullable DaySchedule schedule) {
    if (schedule == null || dose == null || frequency == null) {
      return; // no schedule: the dose at the frequency; a missing dose or frequency is the reader's to name
    }
    Problems.Collector problems = Problems.collector();
    // an every-other-day step may give several doses on its administration day (Regimens.items)
    problems.check(
        frequency.periodDays() != 1 || schedule.administrations() == frequency.administrations(),
        "schedule",
        "count-mismatch",
        () -> "gives " + schedule.administrations() + " doses for " + frequency + " (" + frequency.administrations()
            + " administrations per administration day)");
    problems.check(
        schedule.largestDose().compareTo(dose) == 0,
        "dose",
        "not-the-largest-scheduled-dose",
        () -> "must be the schedule's largest dose (" + schedule.largestDose() + "), was " + dose);
    problems.throwIfAny();
  }

  /**
   * The amount taken over a day: the schedule's (averaged over an every-other-day period), else the dose's.
   *
   * @param dose the dose of each administration
   * @param frequency the frequency
   * @param schedule the day's unequal doses, or null
   * @return the daily total
   */
  public static DailyDose daily(Dose dose, Frequency frequency, @Nullable DaySchedule schedule) {
    return schedule == null ? frequency.dailyTotal(dose) : new TitrationStep(1, schedule, frequency).dailyTotal();
  }

  /**
   * The schedule to record for a planned step: none when its doses are equal, so the dose says it all.
   *
   * @param step the planned step
   * @return the step's schedule, or null when its doses are equal
   */
  public static @Nullable DaySchedule ofStep(PlannedStep step) {
    DaySchedule doses = step.schedule();
    boolean equal = doses.doses().stream().allMatch(d -> d.dose().compareTo(doses.largestDose()) == 0);
    return equal && doses.administrations() == step.frequency().administrations() ? null : doses;
  }
}
