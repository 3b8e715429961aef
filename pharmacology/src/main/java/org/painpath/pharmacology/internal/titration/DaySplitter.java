package org.painpath.pharmacology.internal.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.FrequencyChoice;
import org.painpath.pharmacology.internal.schedule.DoseTimes;

/**
 * Turns a daily total into a day's doses: the frequency comes from the drug's frequency plan (first row
 * covering the total and allowed for the patient), each dose is a whole number of split units, any
 * remainder goes to the last dose of the day, and a frequency whose doses would exceed the single-dose
 * ceiling gives way to one with more administrations.
 */
final class DaySplitter {

  private DaySplitter() {}

  static TitrationStep step(int day, DailyDose daily, DoseLimits limits, DosingRules dosing) {
    List<Frequency> choices = widerChoices(frequencyFor(daily, limits, dosing), limits);
    Frequency chosen = choices.get(0);
    List<Dose> doses = split(daily, chosen, dosing);
    for (Frequency candidate : choices) {
      List<Dose> candidateDoses = split(daily, candidate, dosing);
      if (fits(candidateDoses, limits)) {
        chosen = candidate;
        doses = candidateDoses;
        break;
      }
    }
    return new TitrationStep(day, schedule(doses, chosen), actual(chosen, doses.size(), limits));
  }

  /** The frequency actually given when a small total was split over fewer administrations. */
  private static Frequency actual(Frequency chosen, int administrations, DoseLimits limits) {
    if (chosen.periodDays() != 1 || chosen.administrations() == administrations) {
      return chosen;
    }
    return limits.frequencies().stream()
        .filter(f -> f.periodDays() == 1 && f.administrations() == administrations)
        .findFirst()
        .orElse(TitrationStep.dailyFrequency(administrations));
  }

  static TitrationStep start(int day, DoseLimits limits) {
    Frequency f = limits.start().frequency();
    int n = f.periodDays() == 1 ? f.administrations() : 1;
    List<Dose> doses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      doses.add(limits.start().dose());
    }
    return new TitrationStep(day, schedule(doses, f), f);
  }

  static Frequency frequencyFor(DailyDose daily, DoseLimits limits, DosingRules dosing) {
    for (FrequencyChoice choice : dosing.frequencyPlan()) {
      if (!choice.covers(daily)) {
        continue;
      }
      if (limits.frequencies().contains(choice.frequency())) {
        return choice.frequency();
      }
      // The plan's frequency is not this patient's (TID at CrCl 30-59, where GAB-R2 gives BID): the allowed
      // daily frequency closest below it, so a titration never falls back to one bedtime dose mid-way.
      // (equal counts: the start's frequency first, so once a day stays at bedtime where the label starts there)
      Frequency start = limits.start().frequency();
      Optional<Frequency> closest = limits.frequencies().stream()
          .filter(f -> f.periodDays() == 1 && f.administrations() <= choice.frequency().administrations())
          .max(Comparator.comparingInt(Frequency::administrations).thenComparing(f -> f.equals(start)));
      if (closest.isPresent()) {
        return closest.get();
      }
      break;
    }
    if (limits.frequencies().contains(limits.start().frequency())) {
      return limits.start().frequency();
    }
    return limits.frequencies().get(0);
  }

  /** The chosen frequency, then the allowed daily ones with more administrations, fewest first. */
  private static List<Frequency> widerChoices(Frequency chosen, DoseLimits limits) {
    List<Frequency> choices = new ArrayList<>();
    choices.add(chosen);
    limits.frequencies().stream()
        .filter(f -> f.periodDays() == 1 && f.administrations() > chosen.administrations())
        .sorted(Comparator.comparingInt(Frequency::administrations))
        .forEach(choices::add);
    return choices;
  }

  private static boolean fits(List<Dose> doses, DoseLimits limits) {
    return limits.maxSingle().map(max -> doses.stream().noneMatch(d -> d.exceeds(max))).orElse(true);
  }

  /**
   * Whole split units per administration; fewer administrations when the total is too small to give
   * each at least one unit. A total given every other day is given as double on its dosing day.
   */
  static List<Dose> split(DailyDose daily, Frequency frequency, DosingRules dosing) {
    Quantity total = frequency.periodDays() == 1 ? daily.amount() : daily.amount().times(frequency.periodDays());
    int n = frequency.periodDays() == 1 ? frequency.administrations() : 1;
    Quantity unit = dosing.splitUnit().quantity().to(total.unit());
    long units = total.value().divide(unit.value(), 0, RoundingMode.DOWN).longValueExact();
    if (units < n) {
      n = (int) Math.max(1, units);
    }
    BigDecimal base = BigDecimal.valueOf(units / n).multiply(unit.value());
    List<Dose> doses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      doses.add(new Dose(new Quantity(base, total.unit())));
    }
    BigDecimal remainder = total.value().subtract(base.multiply(BigDecimal.valueOf(n)));
    if (remainder.signum() > 0) {
      Dose last = doses.get(n - 1);
      doses.set(n - 1, last.plus(new Dose(new Quantity(remainder, total.unit()))));
    }
    doses.removeIf(d -> d.amount().isZero());
    return doses;
  }

  private static DaySchedule schedule(List<Dose> doses, Frequency frequency) {
    List<LocalTime> times = DoseTimes.of(frequency, doses.size());
    List<TimedDose> timed = new ArrayList<>();
    for (int i = 0; i < doses.size(); i++) {
      timed.add(new TimedDose(times.get(i), doses.get(i)));
    }
    return new DaySchedule(timed);
  }
}
