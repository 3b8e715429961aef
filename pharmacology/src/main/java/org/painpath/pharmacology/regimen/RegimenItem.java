package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * One drug of a proposed regimen as an order carries it: the pack name, the amount either per
 * administration ({@code dose}) or as a total per day ({@code dailyTotal}, exactly one of the two), the
 * frequency and, where the order states them, the clock times of the administrations of one
 * administration day ({@code times}: when empty, each frequency's standard times apply), how many hours
 * a patch stays on ({@code wearHours}), whether the dose is a supplement given after each
 * haemodialysis session (GAB-R5, PGB-R5) rather than part of the daily maintenance dose, and the day it
 * starts ({@code startsOn}: when empty, the check's as-of date). The start dates when the item overlaps a
 * current medication planned to stop (a cross-taper), and counts washouts and BUP-05's window; the dose
 * checks treat every item as given together.
 *
 * <p>A daily total (gabapentin 400 mg/day three times daily) has no exact dose per administration of its
 * own; the regimen check splits it by the drug's split unit into equal whole units, the units left over
 * going one each to the last administrations of the day (100 + 100 + 200 mg), and checks the largest
 * administration against the single-dose maximum. A total that cannot be split so (250 mg/day twice daily
 * in 100 mg units, or 100 mg/day three times daily) is a BLOCKING {@code dose-split-not-whole-units}
 * finding: no dose is ever rounded down to make it fit (docs/clinical-decisions.md, PHARM-S06).
 *
 * @param drug the drug's pack name, e.g. {@code gabapentin}
 * @param dose the dose per administration, not zero; null when the item is given as a {@code dailyTotal}
 * @param frequency how often it is given
 * @param times the clock times of one administration day, one per administration; empty for the frequency's
 *     standard times
 * @param wearHours hours a patch stays on per application (1 to 24), or null when not stated
 * @param postDialysisSupplement true for a supplement given after each haemodialysis session (GAB-R5, PGB-R5)
 * @param startsOn the day of the first dose, not before the check's as-of date; null for the as-of date
 * @param dailyTotal the total per day, not zero, at a frequency given every day; null when the item is given
 *     per administration ({@code dose})
 */
@API(status = STABLE)
public record RegimenItem(
    String drug,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Dose dose,
    Frequency frequency,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalTime> times,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer wearHours,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean postDialysisSupplement,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate startsOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DailyDose dailyTotal) {

  /** The problem code of an item that gives both a dose and a daily total. */
  public static final String DOSE_AND_DAILY_TOTAL = "dose-and-daily-total";

  /**
   * Validates the item.
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration, or null with a daily total
   * @param frequency the frequency
   * @param times the clock times, or empty
   * @param wearHours the wear time in hours, or null
   * @param postDialysisSupplement whether a post-dialysis supplement
   * @param startsOn the day of the first dose, or null for the check's as-of date
   * @param dailyTotal the total per day, or null with a dose
   * @throws org.painpath.core.problem.InvalidInputException naming every bad field: {@code drug}, {@code dose}
   *     (missing or zero), {@code dose} and {@code dailyTotal} (both given: {@value #DOSE_AND_DAILY_TOTAL}),
   *     {@code dailyTotal} (zero, at a frequency not given every day, or as a post-dialysis supplement),
   *     {@code frequency}, {@code times} (count or repeats), {@code wearHours}
   */
  public RegimenItem {
    Problems.Collector problems = Problems.collector();
    problems.check(drug != null && !drug.isBlank(), "drug", "blank", "a regimen item names its drug");
    problems.check(
        dose != null || dailyTotal != null, "dose", "required", "a regimen item needs a dose per administration or a daily total (dailyTotal)");
    if (dose != null && dailyTotal != null) {
      String why = "gives both a dose per administration and a daily total; give one of them";
      problems.add("dose", DOSE_AND_DAILY_TOTAL, why);
      problems.add("dailyTotal", DOSE_AND_DAILY_TOTAL, why);
    }
    problems.check(dose == null || !dose.amount().isZero(), "dose", "zero", "a dose of zero is not a dose");
    problems.check(dailyTotal == null || !dailyTotal.amount().isZero(), "dailyTotal", "zero", "a daily total of zero is not a dose");
    problems.check(
        dailyTotal == null || frequency == null || frequency.periodDays() == 1,
        "dailyTotal",
        "not-a-daily-frequency",
        "a daily total is split over the administrations of each day; "
            + (frequency == null ? "" : frequency.code()) + " is not given every day: give the dose per administration");
    problems.check(
        dailyTotal == null || !postDialysisSupplement,
        "dailyTotal",
        "supplement-per-dose",
        "a post-dialysis supplement is a dose per session, not a daily total: give the dose");
    problems.check(frequency != null, "frequency", "required", "a regimen item needs a frequency");
    times = times == null ? List.of() : List.copyOf(times);
    problems.check(
        frequency == null || times.isEmpty() || times.size() == frequency.administrations(),
        "times",
        "count-mismatch",
        "gives " + times.size() + " clock times for a frequency with "
            + (frequency == null ? "?" : frequency.administrations()) + " administrations per administration day");
    problems.check(
        times.stream().distinct().count() == times.size(), "times", "repeated", "a clock time is listed twice");
    problems.check(
        wearHours == null || (wearHours >= 1 && wearHours <= 24),
        "wearHours",
        "out-of-range",
        "must be 1-24 hours, was " + wearHours);
    problems.throwIfAny();
  }

  /**
   * An item given per administration, starting on {@code startsOn} (the canonical constructor before daily
   * totals, kept for compatibility).
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   * @param times the clock times, or empty
   * @param wearHours the wear time in hours, or null
   * @param postDialysisSupplement whether a post-dialysis supplement
   * @param startsOn the day of the first dose, or null for the check's as-of date
   * @throws org.painpath.core.problem.InvalidInputException as the canonical constructor
   */
  public RegimenItem(
      String drug,
      Dose dose,
      Frequency frequency,
      List<LocalTime> times,
      @Nullable Integer wearHours,
      boolean postDialysisSupplement,
      @Nullable LocalDate startsOn) {
    this(drug, dose, frequency, times, wearHours, postDialysisSupplement, startsOn, null);
  }

  /**
   * An item given per administration starting on the check's as-of date (the form before issues 15 and 16).
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   * @param times the clock times, or empty
   * @param wearHours the wear time in hours, or null
   * @param postDialysisSupplement whether a post-dialysis supplement
   * @throws org.painpath.core.problem.InvalidInputException as the canonical constructor
   */
  public RegimenItem(
      String drug, Dose dose, Frequency frequency, List<LocalTime> times, @Nullable Integer wearHours, boolean postDialysisSupplement) {
    this(drug, dose, frequency, times, wearHours, postDialysisSupplement, null, null);
  }

  /**
   * A maintenance item at the frequency's standard times, with no stated wear time.
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   */
  public RegimenItem(String drug, Dose dose, Frequency frequency) {
    this(drug, dose, frequency, List.of(), null, false, null, null);
  }

  /**
   * A maintenance item given as a total per day, split over the frequency's administrations by the drug's
   * split unit when it is checked.
   *
   * @param drug the drug's pack name
   * @param dailyTotal the total per day
   * @param frequency the frequency, given every day
   * @return the item
   * @throws org.painpath.core.problem.InvalidInputException naming {@code dailyTotal} when zero or at a
   *     frequency not given every day
   */
  public static RegimenItem ofDailyTotal(String drug, DailyDose dailyTotal, Frequency frequency) {
    return new RegimenItem(drug, null, frequency, List.of(), null, false, null, dailyTotal);
  }

  /**
   * A maintenance item given as a total per day, from text, e.g. {@code ofDailyTotal("gabapentin", "400 mg",
   * "TID")}.
   *
   * @param drug the drug's pack name
   * @param dailyTotal the total per day as text, e.g. {@code "400 mg"}
   * @param frequency the frequency code, e.g. {@code TID}
   * @return the item
   * @throws org.painpath.core.problem.InvalidInputException naming the field that cannot be read
   */
  public static RegimenItem ofDailyTotal(String drug, String dailyTotal, String frequency) {
    return ofDailyTotal(drug, DailyDose.of(dailyTotal), Frequency.parse(frequency));
  }

  @JsonCreator
  static RegimenItem fromJson(
      @JsonProperty("drug") String drug,
      @JsonProperty("dose") @Nullable Dose dose,
      @JsonProperty("frequency") Frequency frequency,
      @JsonProperty("times") @Nullable List<LocalTime> times,
      @JsonProperty("wearHours") @Nullable Integer wearHours,
      @JsonProperty("postDialysisSupplement") @Nullable Boolean postDialysisSupplement,
      @JsonProperty("startsOn") @Nullable LocalDate startsOn,
      @JsonProperty("dailyTotal") @Nullable DailyDose dailyTotal) {
    return new RegimenItem(
        drug, dose, frequency, times == null ? List.of() : times, wearHours, Boolean.TRUE.equals(postDialysisSupplement), startsOn, dailyTotal);
  }

  /**
   * A maintenance item from text, e.g. {@code of("gabapentin", "300 mg", "TID")}.
   *
   * @param drug the drug's pack name
   * @param dose the dose as text, e.g. {@code "300 mg"}
   * @param frequency the frequency code, e.g. {@code TID}
   * @return the item
   * @throws org.painpath.core.problem.InvalidInputException naming the field that cannot be read
   */
  public static RegimenItem of(String drug, String dose, String frequency) {
    return new RegimenItem(drug, Dose.of(dose), Frequency.parse(frequency));
  }

  /**
   * This item given at these clock times (one per administration of an administration day).
   *
   * @param newTimes the clock times, one per administration
   * @return the item with these times
   * @throws org.painpath.core.problem.InvalidInputException naming {@code times} when the count does not match
   *     or a time repeats
   */
  public RegimenItem withTimes(List<LocalTime> newTimes) {
    return new RegimenItem(drug, dose, frequency, newTimes, wearHours, postDialysisSupplement, startsOn, dailyTotal);
  }

  /**
   * This patch item worn for this many hours per application.
   *
   * @param hours hours per application, 1 to 24
   * @return the item with this wear time
   * @throws org.painpath.core.problem.InvalidInputException naming {@code wearHours} when out of range
   */
  public RegimenItem withWearHours(int hours) {
    return new RegimenItem(drug, dose, frequency, times, hours, postDialysisSupplement, startsOn, dailyTotal);
  }

  /**
   * This item as a supplemental dose after each haemodialysis session.
   *
   * @return the item marked as a post-dialysis supplement
   * @throws org.painpath.core.problem.InvalidInputException naming {@code dailyTotal} for an item given as a
   *     daily total (a supplement is a dose per session)
   */
  public RegimenItem asPostDialysisSupplement() {
    return new RegimenItem(drug, dose, frequency, times, wearHours, true, startsOn, dailyTotal);
  }

  /**
   * This item starting on a later day than the check's as-of date (e.g. after a cross-taper's planned stop).
   *
   * @param firstDay the day of the first dose
   * @return the item with this start
   */
  public RegimenItem startingOn(LocalDate firstDay) {
    return new RegimenItem(drug, dose, frequency, times, wearHours, postDialysisSupplement, firstDay, dailyTotal);
  }

  /**
   * The day of the first dose, when stated.
   *
   * @return the start, or empty for the check's as-of date
   */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(startsOn);
  }

  /**
   * A patch's stated wear time.
   *
   * @return the hours per application, or empty when not stated
   */
  public Optional<Integer> wear() {
    return Optional.ofNullable(wearHours);
  }

  /**
   * Whether the item is given as a total per day ({@link #dailyTotal()}) rather than per administration.
   *
   * @return true for a daily total
   */
  public boolean givenAsDailyTotal() {
    return dailyTotal != null;
  }

  /**
   * The dose per administration as the order states it.
   *
   * @return the dose, or empty for an item given as a daily total (its split depends on the drug)
   */
  public Optional<Dose> perDose() {
    return Optional.ofNullable(dose);
  }

  /**
   * The amount as the order writes it: the dose per administration, or the daily total (for comparing its
   * unit with the drug's).
   *
   * @return the amount
   */
  public Quantity amount() {
    DailyDose total = dailyTotal;
    return total != null ? total.amount() : given().amount();
  }

  /**
   * The daily total of this item alone (every other day: half the dose per day; a daily total: itself).
   *
   * @return the daily total
   */
  public DailyDose daily() {
    DailyDose total = dailyTotal;
    return total != null ? total : frequency.dailyTotal(given());
  }

  /**
   * The total on each day the item is given: every administration of one administration day added up (every
   * other day: the whole dose on its day; a daily total: itself).
   *
   * @return the total of one administration day
   */
  public DailyDose administrationDayTotal() {
    DailyDose total = dailyTotal;
    return total != null ? total : new DailyDose(given().amount().times(frequency.administrations()));
  }

  /** The dose of an item given per administration (the constructor holds one of dose and daily total). */
  private Dose given() {
    Dose given = dose;
    if (given == null) {
      throw new IllegalStateException("an item without a daily total has a dose: the constructor requires one of them");
    }
    return given;
  }
}
