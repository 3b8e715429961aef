package org.painpath.pharmacology.internal.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.painpath.core.quantity.Dose;

/**
 * One dose given at one clock time on one day (1-based) of a schedule's cycle, with the pack drug
 * (formulation) it belongs to. Ordered by when it is given, then by drug and amount, so anything built
 * from a sorted list does not depend on the order of the regimen's items.
 */
public record Administration(String drug, int day, LocalTime time, Dose dose) implements Comparable<Administration> {

  static final long SECONDS_PER_DAY = 24L * 60 * 60;

  private static final Comparator<Administration> ORDER =
      Comparator.comparingLong(Administration::secondOfCycle).thenComparing(Administration::drug).thenComparing(Administration::dose);

  /** Seconds from the start of the cycle (day 1, 00:00). */
  public long secondOfCycle() {
    return (day - 1) * SECONDS_PER_DAY + time.toSecondOfDay();
  }

  @Override
  public int compareTo(Administration other) {
    return ORDER.compare(this, other);
  }

  /** Named one by one in a message and its values; beyond this many, only counted (a message stays readable). */
  private static final int LISTED = 12;

  /** The administrations described and joined by {@code "; "}, the first {@value #LISTED} of them, then a count of the rest. */
  public static String describeAll(List<Administration> some, int cycleDays) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, some.size()); i++) {
      parts.add(some.get(i).describe(cycleDays));
    }
    if (some.size() > LISTED) {
      parts.add("and " + (some.size() - LISTED) + " more");
    }
    return String.join("; ", parts);
  }

  /** {@code "gabapentin 1200 mg at 22:00"}, with {@code "day 2 "} before the time in a two-day cycle. */
  public String describe(int cycleDays) {
    return drug + " " + dose + " at " + (cycleDays > 1 ? "day " + day + " " : "") + time;
  }
}
