package org.painpath.pharmacology.titration;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
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
