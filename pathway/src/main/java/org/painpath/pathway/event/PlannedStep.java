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
 */
@API(status = EXPERIMENTAL)
public record PlannedStep(int day, DaySchedule schedule, Frequency frequency, DailyDose daily) {

  public PlannedStep {
    if (day < 1) {
      throw InvalidInputException.of("day", "out-of-range", "trial days count from 1, was " + day);
    }
  }

  public static PlannedStep of(TitrationStep step) {
    return new PlannedStep(step.day(), step.schedule(), step.frequency(), step.dailyTotal());
  }
}
