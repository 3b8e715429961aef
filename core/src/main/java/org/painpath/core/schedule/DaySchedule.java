package org.painpath.core.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;

/**
 * The doses of one day at their clock times. The daily total is derived (the sum of the doses), never
 * stored, so it cannot disagree with them. Times are distinct and kept in order; all doses share one
 * dimension, so a patch count is never summed with milligrams.
 */
public record DaySchedule(List<TimedDose> doses) {

  public DaySchedule {
    Problems.Collector problems = Problems.collector();
    List<TimedDose> sorted = new ArrayList<>(doses);
    sorted.sort(null);
    Set<java.time.LocalTime> seen = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      TimedDose d = sorted.get(i);
      problems.check(seen.add(d.time()), "doses[" + i + "].time", "duplicate-time", "two doses at " + d.time());
      problems.check(
          d.dose().amount().dimension() == sorted.get(0).dose().amount().dimension(),
          "doses[" + i + "].dose",
          "unit-mismatch",
          "all doses of a day must share one kind of unit");
    }
    problems.check(!sorted.isEmpty(), "doses", "empty", "a day's schedule needs at least one dose");
    problems.throwIfAny();
    doses = List.copyOf(sorted);
  }

  /** The sum of the day's doses. */
  public DailyDose dailyTotal() {
    Dose total = doses.get(0).dose();
    for (int i = 1; i < doses.size(); i++) {
      total = total.plus(doses.get(i).dose());
    }
    return new DailyDose(total.amount().to(doses.get(0).dose().amount().unit()));
  }

  /** The largest single administration of the day. */
  public Dose largestDose() {
    Dose largest = doses.get(0).dose();
    for (TimedDose d : doses) {
      if (d.dose().compareTo(largest) > 0) {
        largest = d.dose();
      }
    }
    return largest;
  }

  public int administrations() {
    return doses.size();
  }
}
