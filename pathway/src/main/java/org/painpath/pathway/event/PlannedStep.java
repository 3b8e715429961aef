package org.painpath.pathway.event;

import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.schedule.DaySchedule;

/** One step of a titration plan as pharmacology gave it: from trial day {@code day}, take {@code schedule}. */
public record PlannedStep(int day, DaySchedule schedule) {

  public PlannedStep {
    if (day < 1) {
      throw InvalidInputException.of("day", "out-of-range", "trial days count from 1, was " + day);
    }
  }
}
