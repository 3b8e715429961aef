package org.painpath.pathway.internal.rule;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A period in words a clinician reads ("28 days", "2 months"), never ISO 8601's {@code P28D} (issue 16). */
public final class Durations {

  private Durations() {}

  public static String words(Period period) {
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), "year");
    add(parts, period.getMonths(), "month");
    add(parts, period.getDays(), "day");
    return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
  }

  private static void add(List<String> parts, int n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
  }
}
