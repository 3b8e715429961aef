package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * Age in completed years. The pathway is for adults, so 18 to 120. Computed from a birth date only
 * against an as-of date the caller passes: nothing here reads a clock.
 *
 * @param years completed years, 18 to 120
 */
@API(status = STABLE)
public record Age(int years) implements Comparable<Age> {

  /** Youngest age the pathway answers for: it encodes adult dosing only. */
  public static final int ADULT = 18;
  /** Oldest age accepted; anything above is taken as an input error rather than a patient. */
  public static final int OLDEST_PLAUSIBLE = 120;
  /** Older-adult threshold of the Beers criteria and the labels' geriatric dosing (reference NOR-07, DUL-06). */
  public static final int OLDER_ADULT = 65;

  /**
   * Also the JSON creator: an age is written as a bare number of years.
   *
   * @param years completed years
   * @throws org.painpath.core.problem.InvalidInputException naming {@code age} when outside 18 to 120
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Age {
    if (years < ADULT || years > OLDEST_PLAUSIBLE) {
      throw InvalidInputException.of(
          "age", "out-of-range", "age must be 18-120 years for this adult pathway, was " + years);
    }
  }

  /**
   * An age in completed years.
   *
   * @param years completed years, 18 to 120
   * @return the age
   * @throws org.painpath.core.problem.InvalidInputException naming {@code age} when outside 18 to 120
   */
  public static Age years(int years) {
    return new Age(years);
  }

  /**
   * Completed years between the birth date and {@code asOf}.
   *
   * @param birthDate the date of birth
   * @param asOf the date the answer is for (the caller's clock, never the machine's)
   * @return the age on {@code asOf}
   * @throws org.painpath.core.problem.InvalidInputException naming {@code birthDate} or {@code asOf} when
   *     missing, {@code birthDate} when after {@code asOf}, and {@code age} when the result is not an adult age
   */
  public static Age on(LocalDate birthDate, LocalDate asOf) {
    Problems.Collector problems = Problems.collector();
    problems.check(birthDate != null, "birthDate", "required", "is required");
    problems.check(asOf != null, "asOf", "required", "is required");
    problems.throwIfAny();
    if (birthDate.isAfter(asOf)) {
      throw InvalidInputException.of("birthDate", "after-as-of", "birth date " + birthDate + " is after " + asOf);
    }
    return new Age(Period.between(birthDate, asOf).getYears());
  }

  /**
   * Completed years; also the JSON form.
   *
   * @return the years
   */
  @JsonValue
  @Override
  public int years() {
    return years;
  }

  /**
   * Whether the Beers criteria and the labels' geriatric dosing apply (65 or older, {@link #OLDER_ADULT}).
   *
   * @return true from 65 years
   */
  public boolean isOlderAdult() {
    return years >= OLDER_ADULT;
  }

  /**
   * Whether the patient has reached an age threshold, e.g. a label's "over 75".
   *
   * @param threshold the threshold in years, inclusive
   * @return true when {@code years >= threshold}
   */
  public boolean isAtLeast(int threshold) {
    return years >= threshold;
  }

  @Override
  public int compareTo(Age other) {
    return Integer.compare(years, other.years);
  }

  @Override
  public String toString() {
    return years + " y";
  }
}
