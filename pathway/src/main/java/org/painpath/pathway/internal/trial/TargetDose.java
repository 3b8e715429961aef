package org.painpath.pathway.internal.trial;

import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * The daily dose whose holding makes a trial adequate: the step at which pharmacology's schedule
 * reaches the target (or the patient's maximum, e.g. a renal-band ceiling, PIT-09); without one, the
 * lower target within the patient's ceiling; without a target, the ceiling.
 */
final class TargetDose {

  private TargetDose() {}

  static DailyDose of(TitrationSchedule schedule, DoseLimits limits) {
    return schedule
        .targetReachedOnDay()
        .flatMap(day -> schedule.steps().stream().filter(s -> s.day() == day).findFirst().map(TitrationStep::dailyTotal))
        .orElseGet(() -> limits.targetMin().map(t -> DailyDose.min(t, limits.maxDaily())).orElse(limits.maxDaily()));
  }
}
