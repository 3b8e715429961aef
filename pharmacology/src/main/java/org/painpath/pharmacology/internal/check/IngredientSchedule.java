package org.painpath.pharmacology.internal.check;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.limits.EveryOtherDayLimit;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.internal.schedule.Administration;
import org.painpath.pharmacology.internal.schedule.Coincidence;
import org.painpath.pharmacology.internal.schedule.Cycle;

/**
 * The safety invariants of one ingredient's schedule (every formulation and item of it by one route,
 * {@link IngredientKey}), over one full cycle:
 *
 * <ul>
 *   <li>doses that count as one administration (same clock time, closer than the label's spacing, or
 *       than the DESIGN window where it gives none: {@link Coincidence}) never exceed the single-dose
 *       maximum, the lowest of the formulations among them (PHARM-S02);
 *   <li>no calendar day's total, and no administration, exceeds the daily maximum, the lowest of the
 *       formulations given that day: an every-other-day order is held to the day it is given
 *       (PHARM-S03), unless every dose is every other day and each formulation's limits label that
 *       regimen (BUP-06), which is then held to its own dose.
 * </ul>
 *
 * Each kind of excess is reported once per ingredient, for its worst occasion, about every formulation
 * of the ingredient in the regimen (so adding an item never takes a drug out of a finding).
 */
final class IngredientSchedule {

  private static final long WINDOW_SECONDS = Decisions.SCHEDULE_WINDOW_HOURS * 3600L;

  private final List<DosedDrug> drugs;
  private final Map<String, DosedDrug> byName = new LinkedHashMap<>();
  private final List<String> about;
  private final int cycleDays;
  private final List<Administration> given = new ArrayList<>();

  private IngredientSchedule(List<DosedDrug> drugs) {
    this.drugs = drugs;
    drugs.forEach(d -> byName.put(d.drug().name(), d));
    this.about = byName.keySet().stream().sorted().toList();
    this.cycleDays = Cycle.days(drugs.stream().flatMap(d -> d.frequencies().stream()).toList());
    drugs.forEach(d -> given.addAll(d.administrations(cycleDays)));
    given.sort(null);
  }

  static List<Finding> check(List<DosedDrug> drugs) {
    IngredientSchedule schedule = new IngredientSchedule(drugs);
    return schedule.given.isEmpty() ? List.of() : schedule.check();
  }

  private List<Finding> check() {
    List<Finding> found = new ArrayList<>();
    List<List<Administration>> together = Coincidence.groups(given, cycleDays, this::spacing);
    singles(together, found);
    tooClose(found);
    maintenanceSplit(together, found);
    Optional<EveryOtherDayLimit> labelled = labelledEveryOtherDay();
    if (labelled.isPresent()) {
      everyOtherDay(labelled.get(), found);
    } else if (!days(found)) {
      administrationsAboveDaily(together, found);
    }
    return found;
  }

  /**
   * Each calendar day's total in its administrations (doses that count as one counted once) against
   * the band's maintenance split (GAB-R1), so a total split across items, formulations or clock times is
   * judged as given; the first day that breaks it is reported, once per ingredient.
   */
  private void maintenanceSplit(List<List<Administration>> together, List<Finding> found) {
    Map<Integer, Integer> occasions = new LinkedHashMap<>();
    for (List<Administration> one : together) {
      occasions.merge(one.get(0).day(), 1, Integer::sum);
    }
    for (Map.Entry<Integer, DailyDose> day : Cycle.dayTotals(given).entrySet()) {
      int administrations = occasions.getOrDefault(day.getKey(), 0);
      for (DosedDrug d : drugs) {
        Optional<Finding> broken = DoseFindings.maintenanceSplit(d.drug(), d.dosing(), d.limits(), day.getValue(), administrations, "");
        if (broken.isPresent()) {
          found.add(broken.get());
          return;
        }
      }
    }
  }

  /** The label's minimum spacing between doses of the drug, else the DESIGN window. */
  private long spacing(Administration a) {
    return drug(a.drug()).limits().minHoursBetweenDoses().map(h -> h * 3600L).orElse(WINDOW_SECONDS);
  }

  private void singles(List<List<Administration>> together, List<Finding> found) {
    Optional<Finding> worst = Optional.empty();
    Dose worstSum = null;
    for (List<Administration> one : together) {
      Optional<DoseLimits> binding = lowest(one, l -> l.maxSingle().isPresent(), Comparator.comparing(l -> l.maxSingle().orElseThrow()));
      Dose sum = Cycle.sum(one);
      Optional<Finding> excess = binding.flatMap(l -> DoseFindings.single(occasion(one, "count as one administration"), sum, l));
      if (excess.isPresent() && (worstSum == null || sum.compareTo(worstSum) > 0)) {
        worst = excess;
        worstSum = sum;
      }
    }
    worst.ifPresent(found::add);
  }

  /**
   * Doses closer than a drug's labelled spacing (at different times) that stay within the single
   * maximum still break the label's pace: a MAJOR finding, as in {@code validate}, once per ingredient.
   */
  private void tooClose(List<Finding> found) {
    List<Administration> pair = Coincidence.firstTooClose(given, cycleDays, a -> minHours(a).map(h -> h * 3600L).orElse(0L));
    if (pair.isEmpty()) {
      return;
    }
    Administration a = pair.get(0);
    Administration b = pair.get(1);
    int hours = Math.max(minHours(a).orElse(0), minHours(b).orElse(0));
    DosedDrug spaced = minHours(a).orElse(0) >= minHours(b).orElse(0) ? drug(a.drug()) : drug(b.drug());
    found.add(DoseFindings.dosesTooClose(occasion(pair, "fall together"), a.time(), b.time(), hours, spaced.limits().citations()));
  }

  private Optional<Integer> minHours(Administration a) {
    return drug(a.drug()).limits().minHoursBetweenDoses();
  }

  /** The worst calendar day above the lowest daily maximum of the formulations given that day; whether one was found. */
  private boolean days(List<Finding> found) {
    List<Finding> worst = List.of();
    DailyDose worstTotal = null;
    for (Map.Entry<Integer, DailyDose> day : Cycle.dayTotals(given).entrySet()) {
      int d = day.getKey();
      List<Administration> that = given.stream().filter(a -> a.day() == d).toList();
      DoseLimits binding = lowestDaily(that);
      List<Finding> excess = DoseFindings.daily(dayOccasion(d, that), drug(binding.drug()).dosing(), day.getValue(), binding);
      if (!excess.isEmpty() && (worstTotal == null || day.getValue().compareTo(worstTotal) > 0)) {
        worst = excess;
        worstTotal = day.getValue();
      }
    }
    found.addAll(worst);
    return !worst.isEmpty();
  }

  /**
   * An administration above the daily maximum that no calendar day shows (doses either side of
   * midnight that count as one).
   */
  private void administrationsAboveDaily(List<List<Administration>> together, List<Finding> found) {
    for (List<Administration> one : together) {
      DoseLimits binding = lowestDaily(one);
      DailyDose sum = new DailyDose(Cycle.sum(one).amount());
      if (sum.exceeds(binding.maxDaily())) {
        found.addAll(DoseFindings.daily(occasion(one, "count as one administration"), drug(binding.drug()).dosing(), sum, binding));
        return;
      }
    }
  }

  /**
   * The reference's every-other-day regimen applies only when every dose of the ingredient is every
   * other day and each formulation's limits label it; the lowest labelled dose binds.
   */
  private Optional<EveryOtherDayLimit> labelledEveryOtherDay() {
    EveryOtherDayLimit lowest = null;
    for (DosedDrug d : drugs) {
      if (d.maintenance().stream().anyMatch(i -> i.frequency().periodDays() != 2) || d.limits().everyOtherDay().isEmpty()) {
        return Optional.empty();
      }
      EveryOtherDayLimit l = d.limits().everyOtherDay().get();
      if (lowest == null || l.max().compareTo(lowest.max()) < 0) {
        lowest = l;
      }
    }
    return Optional.ofNullable(lowest);
  }

  private void everyOtherDay(EveryOtherDayLimit limit, List<Finding> found) {
    for (Map.Entry<Integer, DailyDose> day : Cycle.dayTotals(given).entrySet()) {
      int d = day.getKey();
      List<Administration> that = given.stream().filter(a -> a.day() == d).toList();
      Optional<Finding> excess = DoseFindings.everyOtherDay(dayOccasion(d, that), day.getValue(), limit);
      if (excess.isPresent()) {
        found.add(excess.get());
        return;
      }
    }
  }

  private DosedDrug drug(String name) {
    DosedDrug d = byName.get(name);
    if (d == null) {
      throw new IllegalStateException("an administration of " + name + ", which is not in this schedule");
    }
    return d;
  }

  private DoseLimits lowestDaily(List<Administration> among) {
    return lowest(among, l -> true, Comparator.comparing(DoseLimits::maxDaily)).orElseThrow();
  }

  /** Of the formulations among these administrations that have the limit, the one whose limit is lowest (ties: by name). */
  private Optional<DoseLimits> lowest(
      List<Administration> among, java.util.function.Predicate<DoseLimits> has, Comparator<DoseLimits> byLimit) {
    Set<String> names = new LinkedHashSet<>();
    among.forEach(a -> names.add(a.drug()));
    return names.stream()
        .sorted()
        .map(n -> drug(n).limits())
        .filter(has)
        .min(byLimit);
  }

  private DoseFindings.Occasion occasion(List<Administration> one, String what) {
    String listed = describe(one);
    String when = one.size() == 1 ? "" : "Doses that " + what + " (" + listed + "): ";
    UnaryOperator<Finding.Builder> values =
        b -> b.value("administrations", listed).value("times", times(one)).value("cycleDays", cycleDays);
    return new DoseFindings.Occasion(about, subject(), when, values, List.of(Decisions.COINCIDENCE_WINDOW, Decisions.MOST_RESTRICTIVE_FORMULATION));
  }

  private DoseFindings.Occasion dayOccasion(int day, List<Administration> that) {
    String listed = describe(that);
    String when = (cycleDays > 1 ? "Day " + day + " of a " + cycleDays + "-day cycle" : "Each day") + " (" + listed + "): ";
    UnaryOperator<Finding.Builder> values =
        b -> b.value("day", day).value("cycleDays", cycleDays).value("administrations", listed).value("times", times(that));
    return new DoseFindings.Occasion(about, subject(), when, values, List.of(Decisions.CALENDAR_DAY, Decisions.MOST_RESTRICTIVE_FORMULATION));
  }

  private String subject() {
    return String.join(" + ", about);
  }

  private String describe(List<Administration> some) {
    return Administration.describeAll(some, cycleDays);
  }

  private static String times(List<Administration> some) {
    List<LocalTime> at = new ArrayList<>();
    some.forEach(a -> at.add(a.time()));
    return at.stream().distinct().map(LocalTime::toString).reduce((x, y) -> x + ", " + y).orElse("");
  }

  /** Items that are not post-dialysis supplements. */
  static List<RegimenItem> maintenance(List<RegimenItem> items) {
    return items.stream().filter(i -> !i.postDialysisSupplement()).toList();
  }
}
