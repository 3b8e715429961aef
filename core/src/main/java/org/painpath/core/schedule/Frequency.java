package org.painpath.core.schedule;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.apiguardian.api.API;

/**
 * How often a dose is given, as the prescriber writes it ({@code QD}, {@code QHS}, {@code BID},
 * {@code TID}, {@code QID}, {@code Q8H}, {@code Q48H}, patch {@code 12H-ON-12H-OFF}). A frequency
 * knows how many administrations fall in its period, so the daily total of a regimen is exact:
 * every-other-day halves, which always terminates in decimal.
 *
 * @param code the prescriber's code, e.g. {@code BID}; also the JSON form
 * @param administrations administrations per period, at least 1
 * @param periodDays the period in days: 1, or 2 for every other day
 * @param description the frequency in words, for messages
 */
@API(status = STABLE)
public record Frequency(String code, int administrations, int periodDays, String description) {

  /** {@code QD}: once a day. */
  public static final Frequency ONCE_DAILY = new Frequency("QD", 1, 1, "once daily");
  /** {@code QAM}: once a day in the morning (e.g. duloxetine). */
  public static final Frequency EVERY_MORNING = new Frequency("QAM", 1, 1, "once daily in the morning");
  /** {@code QHS}: once a day at bedtime (e.g. a first gabapentin dose, a tricyclic). */
  public static final Frequency AT_BEDTIME = new Frequency("QHS", 1, 1, "once daily at bedtime");
  /** {@code BID}: twice a day. */
  public static final Frequency TWICE_DAILY = new Frequency("BID", 2, 1, "twice daily");
  /** {@code TID}: three times a day. */
  public static final Frequency THREE_TIMES_DAILY = new Frequency("TID", 3, 1, "three times daily");
  /** {@code QID}: four times a day. */
  public static final Frequency FOUR_TIMES_DAILY = new Frequency("QID", 4, 1, "four times daily");
  /** {@code Q48H}: one dose every other day, half a dose per day on average. */
  public static final Frequency EVERY_OTHER_DAY = new Frequency("Q48H", 1, 2, "every other day");
  /** A patch worn 12 hours then removed for 12 hours: one application a day. */
  public static final Frequency PATCH_12H_ON_12H_OFF =
      new Frequency("12H-ON-12H-OFF", 1, 1, "one application, 12 hours on then 12 hours off");

  private static final List<Frequency> NAMED =
      List.of(
          ONCE_DAILY,
          EVERY_MORNING,
          AT_BEDTIME,
          TWICE_DAILY,
          THREE_TIMES_DAILY,
          FOUR_TIMES_DAILY,
          EVERY_OTHER_DAY,
          PATCH_12H_ON_12H_OFF);

  /**
   * Every field that is wrong is named: code, administrations, periodDays, description.
   *
   * @param code the prescriber's code
   * @param administrations administrations per period
   * @param periodDays the period in days, 1 or 2
   * @param description the frequency in words
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field
   */
  public Frequency {
    Problems.Collector problems = Problems.collector();
    problems.check(code != null && !code.isBlank(), "code", "required", "a frequency needs a code such as BID");
    problems.check(
        administrations >= 1, "administrations", "out-of-range", "must be at least 1 per period, was " + administrations);
    problems.check(
        periodDays == 1 || periodDays == 2, "periodDays", "out-of-range", "must be a 1- or 2-day period, was " + periodDays);
    problems.check(description != null, "description", "required", "is required");
    problems.throwIfAny();
  }

  /**
   * Every N hours; only intervals that divide a day evenly (1, 2, 3, 4, 6, 8, 12, 24) exist.
   *
   * @param hours the interval in hours
   * @return the frequency ({@link #EVERY_OTHER_DAY} for 48)
   * @throws org.painpath.core.problem.InvalidInputException naming {@code frequency} when the interval does not
   *     divide a day
   */
  public static Frequency everyHours(int hours) {
    if (hours < 1 || hours > 48 || (hours <= 24 && 24 % hours != 0) || (hours > 24 && hours != 48)) {
      throw InvalidInputException.of(
          "frequency",
          "uneven-interval",
          "every " + hours + " h does not divide a day evenly; use 1, 2, 3, 4, 6, 8, 12, 24 or 48 h");
    }
    if (hours == 48) {
      return EVERY_OTHER_DAY;
    }
    return new Frequency("Q" + hours + "H", 24 / hours, 1, "every " + hours + " hours");
  }

  /**
   * Reads a frequency code, case-insensitively: QD, QAM, QHS, BID, TID, QID, Q8H, Q48H, 12H-ON-12H-OFF.
   *
   * @param text the code
   * @return the frequency
   * @throws org.painpath.core.problem.InvalidInputException naming {@code frequency} when missing or unknown
   */
  @JsonCreator
  public static Frequency parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("frequency", "required", "is required");
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    Optional<Frequency> named = NAMED.stream().filter(f -> f.code.equals(t)).findFirst();
    if (named.isPresent()) {
      return named.get();
    }
    if (t.matches("Q[0-9]{1,2}H")) {
      return everyHours(Integer.parseInt(t.substring(1, t.length() - 1)));
    }
    throw InvalidInputException.of(
        "frequency",
        "unknown-frequency",
        "\"" + text + "\" is not a known frequency; use QD, QAM, QHS, BID, TID, QID, Q<n>H or 12H-ON-12H-OFF");
  }

  /**
   * The prescriber's code, e.g. {@code BID}; also the JSON form.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Administrations per day, exact (0.5 for every other day).
   *
   * @return administrations per day
   */
  public BigDecimal perDay() {
    if (periodDays == 1) {
      return BigDecimal.valueOf(administrations); // the usual case, without an exact division
    }
    return BigDecimal.valueOf(administrations).divide(BigDecimal.valueOf(periodDays));
  }

  /**
   * The amount given over a day when {@code dose} is given at this frequency.
   *
   * @param dose the amount of each administration
   * @return the daily total
   */
  public DailyDose dailyTotal(Dose dose) {
    return new DailyDose(dose.amount().times(perDay()));
  }

  @Override
  public String toString() {
    return code;
  }
}
