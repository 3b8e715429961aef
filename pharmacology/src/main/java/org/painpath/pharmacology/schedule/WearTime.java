package org.painpath.pharmacology.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * How long patches are worn: each application covers its wear time from the moment it is applied; the
 * time covered is counted once however many patches overlap, over any 24 hours of the repeating cycle
 * ("up to 12 hours within a 24-hour period", LID-01).
 */
public final class WearTime {

  private WearTime() {}

  /** One application: when in the cycle it is put on and for how many seconds it stays on. */
  public record Worn(long startSecond, long seconds) {}

  /** The most seconds covered by at least one patch in any 24-hour window of the repeating cycle. */
  public static long mostInAnyDay(List<Worn> applications, int cycleDays) {
    long cycle = cycleDays * Administration.SECONDS_PER_DAY;
    List<long[]> spans = new ArrayList<>();
    for (Worn w : applications) {
      long start = Math.floorMod(w.startSecond(), cycle);
      long length = Math.min(w.seconds(), cycle);
      // on the timeline of three cycles, so any 24-hour window starting in the middle one sees every wrap
      for (long shift = 0; shift <= 2 * cycle; shift += cycle) {
        spans.add(new long[] {start + shift, start + shift + length});
      }
    }
    List<long[]> union = merged(spans);
    long day = Administration.SECONDS_PER_DAY;
    long most = 0;
    // the fullest window starts where a span starts or ends where one ends; windows near the ends of the
    // three-cycle timeline can only undercount, and the middle copy of each is exact
    for (long[] s : union) {
      most = Math.max(most, covered(union, s[0], s[0] + day));
      most = Math.max(most, covered(union, s[1] - day, s[1]));
    }
    return most;
  }

  private static List<long[]> merged(List<long[]> spans) {
    spans.sort((a, b) -> Long.compare(a[0], b[0]));
    List<long[]> union = new ArrayList<>();
    for (long[] s : spans) {
      long[] last = union.isEmpty() ? null : union.get(union.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        union.add(new long[] {s[0], s[1]});
      }
    }
    return union;
  }

  private static long covered(List<long[]> union, long from, long to) {
    long total = 0;
    for (long[] s : union) {
      total += Math.max(0, Math.min(s[1], to) - Math.max(s[0], from));
    }
    return total;
  }
}
