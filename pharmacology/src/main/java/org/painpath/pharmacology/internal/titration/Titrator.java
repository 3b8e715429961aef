package org.painpath.pharmacology.internal.titration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.pharmacology.limits.DoseHold;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.titration.ScheduleKind;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * A titration from the patient's start to the bottom of the target range, never above the patient's
 * maximum, in steps no larger than the patient's step, no sooner than the patient's interval (the
 * recommended one where it is longer), holding any plateau a label requires (pregabalin 300 mg/day for
 * 14 days before more). Older and frail patients get slower schedules because their limits are slower.
 */
public final class Titrator {

  private Titrator() {}

  public static TitrationSchedule titrate(String drug, DoseLimits limits, DosingRules dosing) {
    List<Finding> notes = new ArrayList<>(limits.reasons());
    if (limits.avoid()) {
      return new TitrationSchedule(drug, limits.indication(), ScheduleKind.TITRATION, List.of(), Optional.empty(), Optional.empty(), notes);
    }
    List<TitrationStep> steps = new ArrayList<>();
    int day = 1;
    DailyDose daily = limits.start().daily();
    steps.add(DaySplitter.start(day, limits));
    DailyDose ceiling = floorToUnit(limits.maxDaily(), dosing);
    DailyDose target = DailyDose.min(floorToUnit(limits.targetMin().orElse(daily), dosing), ceiling);
    int interval = Math.max(1, Math.max(limits.minDaysBetweenSteps(), limits.recommendedDaysBetweenSteps()));
    while (daily.compareTo(target) < 0 && limits.step().isPresent()) {
      DailyDose next = DailyDose.min(daily.plus(limits.step().get()), target);
      int wait = interval;
      for (DoseHold hold : limits.holds()) {
        if (daily.compareTo(hold.atDaily()) < 0 && next.exceeds(hold.atDaily())) {
          next = hold.atDaily();
        }
        if (daily.compareTo(hold.atDaily()) == 0 && next.exceeds(hold.atDaily())) {
          wait = Math.max(wait, hold.days());
        }
      }
      next = floorToUnit(next, dosing);
      if (next.compareTo(daily) <= 0) {
        break;
      }
      day += wait;
      daily = next;
      steps.add(DaySplitter.step(day, daily, limits, dosing));
    }
    Optional<Integer> reached = daily.compareTo(target) >= 0 ? Optional.of(day) : Optional.empty();
    return new TitrationSchedule(drug, limits.indication(), ScheduleKind.TITRATION, steps, reached, Optional.empty(), notes);
  }

  static DailyDose floorToUnit(DailyDose amount, DosingRules dosing) {
    Quantity unit = dosing.splitUnit().quantity().to(amount.amount().unit());
    var units = amount.amount().value().divide(unit.value(), 0, java.math.RoundingMode.DOWN);
    return new DailyDose(new Quantity(units.multiply(unit.value()), amount.amount().unit()));
  }
}
