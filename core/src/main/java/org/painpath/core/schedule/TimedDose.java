package org.painpath.core.schedule;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalTime;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.Dose;
import org.apiguardian.api.API;

/**
 * One administration in a day: the clock time and the amount.
 *
 * @param time the clock time of the administration
 * @param dose the amount given then
 */
@API(status = STABLE)
public record TimedDose(LocalTime time, Dose dose) implements Comparable<TimedDose> {

  /**
   * Validates the parts.
   *
   * @param time the clock time
   * @param dose the amount
   * @throws org.painpath.core.problem.InvalidInputException naming {@code time} and {@code dose} when missing
   */
  public TimedDose {
    Problems.Collector problems = Problems.collector();
    problems.check(time != null, "time", "required", "is required");
    problems.check(dose != null, "dose", "required", "is required");
    problems.throwIfAny();
  }

  @Override
  public int compareTo(TimedDose other) {
    return time.compareTo(other.time);
  }

  @Override
  public String toString() {
    return dose + " at " + time;
  }
}
