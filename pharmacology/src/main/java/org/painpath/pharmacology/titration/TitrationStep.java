package org.painpath.pharmacology.titration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.internal.schedule.DoseTimes;
import org.apiguardian.api.API;

/**
 * From trial day {@code day} (day 1 = the first day) the patient takes {@code schedule}, until the next
 * step. {@code frequency} says how often the day's doses repeat: every day, or every other day.
 *
 * @param day the trial day the step starts on; day 1 is the first day
 * @param schedule the day's doses at their clock times
 * @param frequency how often the day's doses repeat: every day, or every other day
 */
@API(status = STABLE)
public record TitrationStep(int day, DaySchedule schedule, Frequency frequency) {

  /**
   * Validates the components.
   *
   * @param day the trial day the step starts on; day 1 is the first day
   * @param schedule the day's doses at their clock times
   * @param frequency how often the day's doses repeat: every day, or every other day
   * @throws org.painpath.core.problem.InvalidInputException naming {@code day} when below 1
   */
  public TitrationStep {
    if (day < 1) {
      throw org.painpath.core.problem.InvalidInputException.of("day", "out-of-range", "day 1 is the first day, was " + day);
    }
  }

  /**
   * A step given every day; its frequency follows from the number of doses in the day.
   *
   * @param day the trial day the step starts on
   * @param schedule the day's doses
   */
  public TitrationStep(int day, DaySchedule schedule) {
    this(day, schedule, dailyFrequency(schedule.administrations()));
  }

  /**
   * The average daily total of the step (every other day: half the day's doses).
   *
   * @return the daily total
   */
  public DailyDose dailyTotal() {
    DailyDose dosingDay = schedule.dailyTotal();
    return frequency.periodDays() == 1
        ? dosingDay
        : new DailyDose(dosingDay.amount().times(BigDecimal.ONE.divide(BigDecimal.valueOf(frequency.periodDays()))));
  }

  /**
   * A step as an order writes it: one dose at a frequency, given at {@code times} or, when none are
   * given, at the frequency's standard clock times (the ones the regimen check assumes, PHARM-D05), so a
   * proposed titration and a regimen are judged on the same times.
   *
   * @param day the trial day the order starts on; day 1 is the first day
   * @param dose the amount of each administration
   * @param frequency how often; every other day (Q48H) stays every other day
   * @param times the clock times of one administration day, one per administration; empty for the standard ones
   * @return the step
   * @throws org.painpath.core.problem.InvalidInputException naming {@code dose}, {@code frequency} or {@code times}
   *     when missing, {@code times} when their number is not the frequency's administrations or one repeats, and
   *     {@code day} when below 1
   */
  @API(status = EXPERIMENTAL)
  public static TitrationStep ordered(int day, Dose dose, Frequency frequency, List<LocalTime> times) {
    Problems.collector().required(dose, "dose").required(frequency, "frequency").required(times, "times").throwIfAny();
    Problems.Collector problems = Problems.collector();
    problems.check(
        times.isEmpty() || times.size() == frequency.administrations(),
        "times",
        "count-mismatch",
        () -> "gives " + times.size() + " clock times for " + frequency.code() + " (" + frequency.administrations()
            + " administrations per administration day)");
    problems.check(times.stream().noneMatch(java.util.Objects::isNull), "times", "required", "a clock time must not be null");
    problems.check(times.stream().distinct().count() == times.size(), "times", "repeated", "a clock time is listed twice");
    problems.throwIfAny();
    List<LocalTime> at = times.isEmpty() ? DoseTimes.of(frequency) : times;
    return new TitrationStep(day, new DaySchedule(at.stream().map(t -> new TimedDose(t, dose)).toList()), frequency);
  }

  /**
   * The everyday frequency with this many administrations.
   *
   * @param administrations doses per day
   * @return QD, BID, TID, QID, or an {@code nX-DAILY} frequency beyond four
   */
  public static Frequency dailyFrequency(int administrations) {
    return switch (administrations) {
      case 1 -> Frequency.ONCE_DAILY;
      case 2 -> Frequency.TWICE_DAILY;
      case 3 -> Frequency.THREE_TIMES_DAILY;
      case 4 -> Frequency.FOUR_TIMES_DAILY;
      default -> new Frequency(administrations + "X-DAILY", administrations, 1, administrations + " times daily");
    };
  }
}
