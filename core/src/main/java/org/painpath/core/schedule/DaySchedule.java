package org.painpath.core.schedule;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Dose;
import org.apiguardian.api.API;

/**
 * The doses of one day at their clock times. The daily total is derived (the sum of the doses), never
 * stored, so it cannot disagree with them. Times are distinct and kept in order; all doses share one
 * dimension, so a patch count is never summed with milligrams. Problems name the position of the dose
 * as it was given ({@code doses[2].time}), not its position after sorting.
 *
 * @param doses the day's doses, at distinct times, one dimension; kept sorted by time
 */
@API(status = STABLE)
public record DaySchedule(List<TimedDose> doses) {

  /**
   * Validates and sorts the doses.
   *
   * @param doses the day's doses in any order
   * @throws org.painpath.core.problem.InvalidInputException naming {@code doses} when missing or empty and
   *     {@code doses[i]...} for each null dose, duplicate time or mixed unit
   */
  public DaySchedule {
    if (doses == null) {
      throw InvalidInputException.of("doses", "required", "is required");
    }
    Problems.Collector problems = Problems.collector();
    Set<LocalTime> seen = new HashSet<>();
    Dimension first = null;
    for (int i = 0; i < doses.size(); i++) {
      TimedDose d = doses.get(i);
      if (!problems.check(d != null, "doses[" + i + "]", "required", "a dose of the day must not be null")) {
        continue;
      }
      problems.check(seen.add(d.time()), "doses[" + i + "].time", "duplicate-time", "two doses at " + d.time());
      Dimension dimension = d.dose().amount().dimension();
      if (first == null) {
        first = dimension;
      }
      problems.check(
          dimension == first,
          "doses[" + i + "].dose",
          "unit-mismatch",
          "all doses of a day must share one kind of unit (" + first + "), was " + dimension);
    }
    problems.check(!doses.isEmpty(), "doses", "empty", "a day's schedule needs at least one dose");
    problems.throwIfAny();
    List<TimedDose> sorted = new ArrayList<>(doses);
    sorted.sort(null);
    doses = List.copyOf(sorted);
  }

  /**
   * The sum of the day's doses, in the unit of the first dose of the day.
   *
   * @return the daily total
   */
  public DailyDose dailyTotal() {
    Dose total = doses.get(0).dose();
    for (int i = 1; i < doses.size(); i++) {
      total = total.plus(doses.get(i).dose());
    }
    return new DailyDose(total.amount());
  }

  /**
   * The largest single administration of the day.
   *
   * @return the largest dose (for single-dose limits)
   */
  public Dose largestDose() {
    Dose largest = doses.get(0).dose();
    for (TimedDose d : doses) {
      if (d.dose().compareTo(largest) > 0) {
        largest = d.dose();
      }
    }
    return largest;
  }

  /**
   * Number of administrations in the day.
   *
   * @return how many doses the day has
   */
  public int administrations() {
    return doses.size();
  }
}
