package org.painpath.oracle;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * The oracle's own clock: when each frequency code is given, written out by hand rather than taken
 * from the SDK. QD, QAM, Q24H and the patch period at 08:00; QHS at 22:00; BID 08:00 and 20:00; TID
 * 08:00, 14:00, 22:00; QID 08:00, 12:00, 16:00, 20:00; Q<n>H every n hours from 08:00; Q48H at 08:00
 * on day 1 of 2. Times an item states replace these.
 */
final class OracleClock {

  private static final LocalTime EIGHT = LocalTime.of(8, 0);

  private OracleClock() {}

  /** Minutes after midnight of each administration on a day the item is given; empty for a code the oracle does not know. */
  static List<Integer> minutes(RegimenItem item) {
    List<LocalTime> times = item.times().isEmpty() ? standard(item.frequency().code()) : item.times();
    List<Integer> minutes = new ArrayList<>();
    for (LocalTime t : times) {
      minutes.add(t.getHour() * 60 + t.getMinute());
    }
    return minutes;
  }

  /** 2 for every other day, else 1. */
  static int periodDays(RegimenItem item) {
    return item.frequency().code().equals("Q48H") ? 2 : 1;
  }

  /** Whether the item is given on day {@code day} (0-based) of a cycle: Q48H on even days only. */
  static boolean givenOn(RegimenItem item, int day) {
    return periodDays(item) == 1 || day % 2 == 0;
  }

  static List<LocalTime> standard(String code) {
    switch (code) {
      case "QD", "QAM", "Q24H", "Q48H", "12H-ON-12H-OFF":
        return List.of(EIGHT);
      case "QHS":
        return List.of(LocalTime.of(22, 0));
      case "BID":
        return List.of(EIGHT, LocalTime.of(20, 0));
      case "TID":
        return List.of(EIGHT, LocalTime.of(14, 0), LocalTime.of(22, 0));
      case "QID":
        return List.of(EIGHT, LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));
      default:
        if (code.matches("Q[0-9]+H")) {
          int hours = Integer.parseInt(code.substring(1, code.length() - 1));
          List<LocalTime> times = new ArrayList<>();
          for (int h = 0; h < 24; h += hours) {
            times.add(EIGHT.plusHours(h));
          }
          return times;
        }
        return List.of();
    }
  }
}
