package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.titration.TitrationStep;
import org.apiguardian.api.API;

/**
 * One step of a titration or taper plan as pharmacology gave it: from trial day {@code day}, take
 * {@code schedule} ({@code frequency}: every day, or every other day), {@code daily} on average per day.
 *
 * @param day the trial day the step starts on, from 1
 * @param schedule the day's doses at their times
 * @param frequency every day, or every other day
 * @param daily the average daily total of the step
 */
@API(status = EXPERIMENTAL)
public record PlannedStep(int day, DaySchedule schedule, Frequency frequency, DailyDose daily) {

  /**
   * Validates the components.
   *
   * @param day the trial day the step starts on, from 1
   * @param schedule the day's doses at their times
   * @param frequency every day, or every other day
   * @param daily the average daily total of the step
   * @throws org.painpath.core.problem.InvalidInputException naming {@code day} when below 1
   */
  public PlannedStep {
    if (day < 1) {
      throw InvalidInputException.of("day", "out-of-range", "trial days count from 1, was " + day);
    }
  }

  /**
   * The step as pharmacology's titration schedule gave it.
   *
   * @param step pharmacology's step
   * @return the planned step
   */
  public static PlannedStep of(TitrationStep step) {
    return new PlannedStep(step.day(), step.schedule(), step.frequency(), step.dailyTotal());
  }
}
