package org.painpath.pharmacology.internal.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Which administrations count as one: those at the same clock time, and those closer together than
 * the spacing that applies to them. Two administrations are together when the time between them (either
 * way round the cycle, since the cycle repeats) is shorter than the larger spacing of the two; togetherness
 * is transitive, so a chain of close doses is one administration (the conservative reading: the body
 * does not know which dose of a chain came first).
 */
public final class Coincidence {

  private Coincidence() {}

  /**
   * The administrations grouped into the ones that count as one, each group sorted, groups in the order
   * of their first administration.
   *
   * @param spacingSeconds for each administration, the spacing under which another dose counts with it
   */
  public static List<List<Administration>> groups(
      List<Administration> administrations, int cycleDays, ToLongFunction<Administration> spacingSeconds) {
    List<Administration> sorted = new ArrayList<>(administrations);
    sorted.sort(null);
    int n = sorted.size();
    long cycle = cycleDays * Administration.SECONDS_PER_DAY;
    long widest = 0;
    long[] spacing = new long[n];
    for (int i = 0; i < n; i++) {
      spacing[i] = spacingSeconds.applyAsLong(sorted.get(i));
      widest = Math.max(widest, spacing[i]);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      long from = sorted.get(i).secondOfCycle();
      // forward round the cycle; gaps only grow, so stop at the widest spacing
      for (int k = 1; k < n; k++) {
        int j = (i + k) % n;
        long gap = Math.floorMod(sorted.get(j).secondOfCycle() - from, cycle);
        if (gap > 0 && gap >= widest) {
          break;
        }
        if (gap == 0 || gap < Math.max(spacing[i], spacing[j])) { // the same clock time is always one administration
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Administration>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
    }
    return List.copyOf(byRoot.values());
  }

  /**
   * The first two administrations, in order, given at different times less than the larger spacing of
   * the two apart (either way round the cycle); empty when there are none. A spacing of 0 means none.
   */
  public static List<Administration> firstTooClose(
      List<Administration> administrations, int cycleDays, ToLongFunction<Administration> spacingSeconds) {
    List<Administration> sorted = new ArrayList<>(administrations);
    sorted.sort(null);
    int n = sorted.size();
    long cycle = cycleDays * Administration.SECONDS_PER_DAY;
    long widest = 0;
    for (Administration a : sorted) {
      widest = Math.max(widest, spacingSeconds.applyAsLong(a));
    }
    for (int i = 0; i < n; i++) {
      Administration a = sorted.get(i);
      for (int k = 1; k < n; k++) {
        Administration b = sorted.get((i + k) % n);
        long gap = Math.floorMod(b.secondOfCycle() - a.secondOfCycle(), cycle);
        if (gap > 0 && gap >= widest) {
          break;
        }
        if (gap > 0 && gap < Math.max(spacingSeconds.applyAsLong(a), spacingSeconds.applyAsLong(b))) {
          return List.of(a, b);
        }
      }
    }
    return List.of();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
