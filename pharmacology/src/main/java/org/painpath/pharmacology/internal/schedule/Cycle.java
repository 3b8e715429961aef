package org.painpath.pharmacology.internal.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/**
 * One full cycle of a schedule: one day, or two when any frequency repeats every other day. Each item
 * becomes the administrations it gives over the cycle, at its own clock times or its frequency's
 * standard times ({@link DoseTimes}).
 */
public final class Cycle {

  private Cycle() {}

  /** Days in the cycle that repeats every frequency exactly: the longest period among them. */
  public static int days(Collection<Frequency> frequencies) {
    int days = 1;
    for (Frequency f : frequencies) {
      days = Math.max(days, f.periodDays());
    }
    return days;
  }

  /**
   * The administrations of {@code dose} at {@code frequency} over a cycle of {@code cycleDays}: a daily
   * frequency gives its doses on every day of the cycle; an every-other-day frequency on day 1 only.
   * An order carries no phase, so every alternate-day item is taken to fall on the same day, the worst
   * case for that day's total (DESIGN).
   *
   * @param times the order's clock times, one per administration; empty for the standard times
   */
  public static List<Administration> expand(String drug, Dose dose, Frequency frequency, List<LocalTime> times, int cycleDays) {
    return expand(drug, Collections.nCopies(frequency.administrations(), dose), frequency, times, cycleDays);
  }

  /**
   * As {@link #expand(String, Dose, Frequency, List, int)}, with a dose of its own for each administration
   * of the administration day ({@code doses}, in the order of the times: a daily total split, {@link
   * ItemDoses}); an administration of nothing (a split that leaves one empty) is not given.
   */
  public static List<Administration> expand(String drug, List<Dose> doses, Frequency frequency, List<LocalTime> times, int cycleDays) {
    List<LocalTime> at = times.isEmpty() ? DoseTimes.of(frequency) : times;
    List<Administration> given = new ArrayList<>();
    for (int day = 1; day <= cycleDays; day += frequency.periodDays()) {
      for (int i = 0; i < at.size(); i++) {
        Dose dose = doses.get(i);
        if (!dose.amount().isZero()) {
          given.add(new Administration(drug, day, at.get(i), dose));
        }
      }
    }
    return given;
  }

  /** Each calendar day's total, by day of the cycle; a day on which nothing is given is absent. */
  public static SortedMap<Integer, DailyDose> dayTotals(List<Administration> given) {
    SortedMap<Integer, DailyDose> totals = new TreeMap<>();
    for (Administration a : given) {
      DailyDose dose = new DailyDose(a.dose().amount());
      totals.merge(a.day(), dose, DailyDose::plus);
    }
    return totals;
  }

  /** The sum of the administrations (of one dimension), as one dose. */
  public static Dose sum(List<Administration> together) {
    Dose total = together.get(0).dose();
    for (int i = 1; i < together.size(); i++) {
      total = total.plus(together.get(i).dose());
    }
    return total;
  }
}
