package org.painpath.core.schedule;

import java.time.LocalTime;
import org.painpath.core.quantity.Dose;

/** One administration in a day: the clock time and the amount. */
public record TimedDose(LocalTime time, Dose dose) implements Comparable<TimedDose> {

  @Override
  public int compareTo(TimedDose other) {
    return time.compareTo(other.time);
  }

  @Override
  public String toString() {
    return dose + " at " + time;
  }
}
