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
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * One drug of a proposed regimen as an order carries it: the pack name, the dose per administration,
 * the frequency and, where the order states them, the clock times of the administrations of one
 * administration day ({@code times}: when empty, each frequency's standard times apply), how many hours
 * a patch stays on ({@code wearHours}), whether the dose is a supplement given after each
 * haemodialysis session (GAB-R5, PGB-R5) rather than part of the daily maintenance dose, and the day it
 * starts ({@code startsOn}: when empty, the check's as-of date). The start dates when the item overlaps a
 * current medication planned to stop (a cross-taper), and counts washouts and BUP-05's window; the dose
 * checks treat every item as given together.
 *
 * @param drug the drug's pack name, e.g. {@code gabapentin}
 * @param dose the dose per administration, not zero
 * @param frequency how often it is given
 * @param times the clock times of one administration day, one per administration; empty for the frequency's
 *     standard times
 * @param wearHours hours a patch stays on per application (1 to 24), or null when not stated
 * @param postDialysisSupplement true for a supplement given after each haemodialysis session (GAB-R5, PGB-R5)
 * @param startsOn the day of the first dose, not before the check's as-of date; null for the as-of date
 */
@API(status = STABLE)
public record RegimenItem(
    String drug,
    Dose dose,
    Frequency frequency,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalTime> times,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer wearHours,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean postDialysisSupplement,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate startsOn) {

  /**
   * Validates the item.
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   * @param times the clock times, or empty
   * @param wearHours the wear time in hours, or null
   * @param postDialysisSupplement whether a post-dialysis supplement
   * @param startsOn the day of the first dose, or null for the check's as-of date
   * @throws org.painpath.core.problem.InvalidInputException naming every bad field: {@code drug}, {@code dose}
   *     (missing or zero), {@code frequency}, {@code times} (count or repeats), {@code wearHours}
   */
  public RegimenItem {
    Problems.Collector problems = Problems.collector();
    problems.check(drug != null && !drug.isBlank(), "drug", "blank", "a regimen item names its drug");
    problems.check(dose != null, "dose", "required", "a regimen item needs a dose");
    problems.check(dose == null || !dose.amount().isZero(), "dose", "zero", "a dose of zero is not a dose");
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
   * An item starting on the check's as-of date (the form before issue 16).
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   * @param times the clock times, or empty
   * @param wearHours the wear time in hours, or null
   * @param postDialysisSupplement whether a post-dialysis supplement
   * @throws org.painpath.core.problem.InvalidInputException naming every bad field
   */
  public RegimenItem(
      String drug, Dose dose, Frequency frequency, List<LocalTime> times, @Nullable Integer wearHours, boolean postDialysisSupplement) {
    this(drug, dose, frequency, times, wearHours, postDialysisSupplement, null);
  }

  /**
   * A maintenance item at the frequency's standard times, with no stated wear time.
   *
   * @param drug the drug's pack name
   * @param dose the dose per administration
   * @param frequency the frequency
   */
  public RegimenItem(String drug, Dose dose, Frequency frequency) {
    this(drug, dose, frequency, List.of(), null, false);
  }

  @JsonCreator
  static RegimenItem fromJson(
      @JsonProperty("drug") String drug,
      @JsonProperty("dose") Dose dose,
      @JsonProperty("frequency") Frequency frequency,
      @JsonProperty("times") @Nullable List<LocalTime> times,
      @JsonProperty("wearHours") @Nullable Integer wearHours,
      @JsonProperty("postDialysisSupplement") @Nullable Boolean postDialysisSupplement,
      @JsonProperty("startsOn") @Nullable LocalDate startsOn) {
    return new RegimenItem(
        drug, dose, frequency, times == null ? List.of() : times, wearHours, Boolean.TRUE.equals(postDialysisSupplement), startsOn);
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
    return new RegimenItem(drug, dose, frequency, newTimes, wearHours, postDialysisSupplement, startsOn);
  }

  /**
   * This patch item worn for this many hours per application.
   *
   * @param hours hours per application, 1 to 24
   * @return the item with this wear time
   * @throws org.painpath.core.problem.InvalidInputException naming {@code wearHours} when out of range
   */
  public RegimenItem withWearHours(int hours) {
    return new RegimenItem(drug, dose, frequency, times, hours, postDialysisSupplement, startsOn);
  }

  /**
   * This item as a supplemental dose after each haemodialysis session.
   *
   * @return the item marked as a post-dialysis supplement
   */
  public RegimenItem asPostDialysisSupplement() {
    return new RegimenItem(drug, dose, frequency, times, wearHours, true, startsOn);
  }

  /**
   * This item starting on a later day than the check's as-of date (e.g. after a cross-taper's planned stop).
   *
   * @param firstDay the day of the first dose
   * @return the item with this start
   */
  public RegimenItem startingOn(LocalDate firstDay) {
    return new RegimenItem(drug, dose, frequency, times, wearHours, postDialysisSupplement, firstDay);
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
   * The daily total of this item alone (every other day: half the dose per day).
   *
   * @return the daily total
   */
  public DailyDose daily() {
    return frequency.dailyTotal(dose);
  }
}
