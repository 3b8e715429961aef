package org.painpath.pharmacology.internal.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long patches are worn: each application covers its wear time from the moment it is applied, and
 * the wear of applications put on at different times adds up over any 24 hours of the repeating cycle
 * ("up to 3 patches at one time ... for up to 12 hours within a 24-hour period", LID-01). Patches put
 * on together (the same second of the cycle) are one application, worn for the longest of them. Three
 * applications of 5 h an hour apart are 15 h of wear, not the 7 h they cover: the label allows one
 * application in 24 h, and counting each application's own hours is the reading that never allows more.
 */
public final class WearTime {

  private WearTime() {}

  /** One application: when in the cycle it is put on and for how many seconds it stays on. */
  public record Worn(long startSecond, long seconds) {}

  /** The most seconds of wear, applications at different times added, in any 24-hour window of the cycle. */
  public static long mostInAnyDay(List<Worn> applications, int cycleDays) {
    long cycle = cycleDays * Administration.SECONDS_PER_DAY;
    Map<Long, Long> longestByStart = new TreeMap<>();
    for (Worn w : applications) {
      longestByStart.merge(Math.floorMod(w.startSecond(), cycle), Math.min(w.seconds(), cycle), Math::max);
    }
    List<long[]> spans = new ArrayList<>();
    longestByStart.forEach(
        (start, length) -> {
          // on the timeline of three cycles, so any 24-hour window starting in the middle one sees every wrap
          for (long shift = 0; shift <= 2 * cycle; shift += cycle) {
            spans.add(new long[] {start + shift, start + shift + length});
          }
        });
    long day = Administration.SECONDS_PER_DAY;
    long most = 0;
    // a sum of overlaps is largest where a window starts at a span's start or ends at a span's end;
    // windows near the ends of the three-cycle timeline can only undercount, the middle copy is exact
    for (long[] s : spans) {
      most = Math.max(most, worn(spans, s[0], s[0] + day));
      most = Math.max(most, worn(spans, s[1] - day, s[1]));
    }
    return most;
  }

  private static long worn(List<long[]> spans, long from, long to) {
    long total = 0;
    for (long[] s : spans) {
      total += Math.max(0, Math.min(s[1], to) - Math.max(s[0], from));
    }
    return total;
  }
}
