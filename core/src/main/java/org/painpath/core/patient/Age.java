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
 */
@API(status = STABLE)
public record Age(int years) implements Comparable<Age> {

  public static final int ADULT = 18;
  public static final int OLDEST_PLAUSIBLE = 120;
  /** Older-adult threshold of the Beers criteria and the labels' geriatric dosing (reference NOR-07, DUL-06). */
  public static final int OLDER_ADULT = 65;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Age {
    if (years < ADULT || years > OLDEST_PLAUSIBLE) {
      throw InvalidInputException.of(
          "age", "out-of-range", "age must be 18-120 years for this adult pathway, was " + years);
    }
  }

  public static Age years(int years) {
    return new Age(years);
  }

  /** Completed years between the birth date and {@code asOf}. */
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

  @JsonValue
  @Override
  public int years() {
    return years;
  }

  public boolean isOlderAdult() {
    return years >= OLDER_ADULT;
  }

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
