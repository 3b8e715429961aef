package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * An exact, non-negative amount in a unit. Values are held as normalised {@link BigDecimal} (no
 * trailing zeros), so {@code 37.50 mg} and {@code 37.5 mg} are equal, and no arithmetic ever passes
 * through {@code double}. In JSON: {@code {"value": 37.5, "unit": "mg"}} with the UCUM code.
 *
 * @param value the number, not negative, at most 40 digits before and after the point; stored without trailing
 *     zeros
 * @param unit the unit
 */
@API(status = STABLE)
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

  /** A number, then a unit that does not start with a digit or a point (so "37.5" is not 37 of ".5"). */
  private static final Pattern TEXT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([^\\s0-9.].*?)\\s*");

  /**
   * At most this many digits before and after the decimal point. Far beyond any dose or body measure
   * (10^40 mg), it keeps every value cheap to normalise, compare and print: an exponent such as
   * {@code 1e999999999} is refused instead of being expanded digit by digit.
   */
  static final int MAX_DIGITS = 40;

  /**
   * Validates and normalises the value.
   *
   * @param value the number, not negative
   * @param unit the unit
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} (missing, negative or out of
   *     range) and {@code unit} (missing)
   */
  public Quantity {
    if (value == null || unit == null) {
      Problems.Collector problems = Problems.collector();
      problems.check(value != null, "value", "required", "is required");
      problems.check(unit != null, "unit", "required", "is required");
      problems.throwIfAny();
    }
    if (value.signum() < 0) {
      throw InvalidInputException.of("value", "negative", "must not be negative, was " + Inputs.show(value));
    }
    // a whole number with scale 0 is already in normal form (stripping and normalising give it back)
    BigDecimal stripped = value.scale() == 0 ? value : value.stripTrailingZeros();
    if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DIGITS) {
      throw InvalidInputException.of(
          "value",
          "out-of-range",
          "must have at most " + MAX_DIGITS + " digits before and after the decimal point, was " + Inputs.show(value));
    }
    value = normalise(stripped);
  }

  /** Reads {@code {"value": 37.5, "unit": "mg"}}, naming both fields when both are wrong. */
  @JsonCreator
  static Quantity fromJson(@JsonProperty("value") @Nullable BigDecimal value, @JsonProperty("unit") @Nullable String unit) {
    Problems.Collector problems = Problems.collector();
    if (value == null) {
      problems.add("value", "required", "is required");
    } else if (value.signum() < 0) {
      problems.add("value", "negative", "must not be negative, was " + Inputs.show(value));
    }
    Optional<Unit> known = Unit.parse(unit);
    if (unit == null) {
      problems.add("unit", "required", "is required (a UCUM code such as mg)");
    } else if (known.isEmpty()) {
      problems.add("unit", "unknown-unit", "\"" + unit + "\" is not a known unit");
    }
    problems.throwIfAny();
    return new Quantity(Objects.requireNonNull(value), known.orElseThrow());
  }

  /**
   * A quantity from decimal text.
   *
   * @param value the number as decimal text, e.g. {@code "37.5"}
   * @param unit the unit
   * @return the quantity
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} when it is not a non-negative
   *     number
   */
  public static Quantity of(String value, Unit unit) {
    return new Quantity(Inputs.decimal(value, "value"), unit);
  }

  /**
   * A quantity from a whole number.
   *
   * @param value the number, not negative
   * @param unit the unit
   * @return the quantity
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} when negative
   */
  public static Quantity of(long value, Unit unit) {
    return new Quantity(BigDecimal.valueOf(value), unit);
  }

  /**
   * Milligrams from decimal text.
   *
   * @param value the number as decimal text
   * @return the quantity in mg
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} when it is not a non-negative
   *     number
   */
  public static Quantity mg(String value) {
    return of(value, Unit.MILLIGRAM);
  }

  /**
   * Milligrams from a whole number.
   *
   * @param value the milligrams, not negative
   * @return the quantity in mg
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} when negative
   */
  public static Quantity mg(long value) {
    return of(value, Unit.MILLIGRAM);
  }

  /**
   * Reads text such as {@code "37.5 mg"}, {@code "2 g"} or {@code "3 patches"}.
   *
   * @param text a number, then a unit (UCUM code or the usual written symbol)
   * @return the quantity
   * @throws org.painpath.core.problem.InvalidInputException naming {@code quantity} when unreadable or
   *     {@code unit} when the unit is unknown
   */
  public static Quantity parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw InvalidInputException.of(
          "quantity", "unreadable", "expected a number and a unit such as \"37.5 mg\", got \"" + text + "\"");
    }
    return new Quantity(new BigDecimal(m.group(1)), unitOf(m.group(2), "unit"));
  }

  private static Unit unitOf(String text, String field) {
    return Unit.parse(text)
        .orElseThrow(
            () -> InvalidInputException.of(field, "unknown-unit", "\"" + text + "\" is not a known unit"));
  }

  /**
   * What the quantity measures.
   *
   * @return the unit's dimension
   */
  public Dimension dimension() {
    return unit.dimension();
  }

  /**
   * Exact conversion; fails with a clear problem when the dimensions differ.
   *
   * @param target a unit of the same dimension
   * @return the same amount in {@code target}
   * @throws org.painpath.core.problem.InvalidInputException naming {@code unit} when the dimensions differ
   */
  public Quantity to(Unit target) {
    requireSameDimension(target);
    if (target == unit) {
      return this;
    }
    BigDecimal inBase = value.multiply(unit.toBase());
    return new Quantity(inBase.divide(target.toBase()), target);
  }

  /**
   * The exact sum, in this quantity's unit.
   *
   * @param other a quantity of the same dimension
   * @return the sum
   * @throws org.painpath.core.problem.InvalidInputException naming {@code unit} when the dimensions differ
   */
  public Quantity plus(Quantity other) {
    return new Quantity(value.add(other.to(unit).value), unit);
  }

  /**
   * Subtraction that refuses to go below zero: a dose can shrink to nothing, never further.
   *
   * @param other a quantity of the same dimension, at most this one
   * @return the difference, in this quantity's unit
   * @throws org.painpath.core.problem.InvalidInputException when the result would be negative or the dimensions
   *     differ
   */
  public Quantity minus(Quantity other) {
    BigDecimal result = value.subtract(other.to(unit).value);
    if (result.signum() < 0) {
      throw InvalidInputException.of(
          "quantity", "negative", this + " minus " + other + " would be negative");
    }
    return new Quantity(result, unit);
  }

  /**
   * The exact product, e.g. a strength times a number of tablets.
   *
   * @param factor the factor, not negative
   * @return the product, in this quantity's unit
   * @throws org.painpath.core.problem.InvalidInputException when the factor is negative
   */
  public Quantity times(BigDecimal factor) {
    return new Quantity(value.multiply(factor), unit);
  }

  /**
   * The exact product with a whole number.
   *
   * @param factor the factor, not negative
   * @return the product, in this quantity's unit
   * @throws org.painpath.core.problem.InvalidInputException when the factor is negative
   */
  public Quantity times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero in any unit
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Quantity other) {
    requireSameDimension(other.unit);
    if (unit == other.unit) {
      return value.compareTo(other.value); // the usual case; the factor to the base unit is positive
    }
    return value.multiply(unit.toBase()).compareTo(other.value.multiply(other.unit.toBase()));
  }

  /**
   * Compares across units of the same dimension ({@code 1 g} is greater than {@code 900 mg}).
   *
   * @param other a quantity of the same dimension
   * @return true when strictly greater
   * @throws org.painpath.core.problem.InvalidInputException naming {@code unit} when the dimensions differ
   */
  public boolean isGreaterThan(Quantity other) {
    return compareTo(other) > 0;
  }

  /**
   * Compares across units of the same dimension; equal is at most.
   *
   * @param other a quantity of the same dimension
   * @return true when less or equal
   * @throws org.painpath.core.problem.InvalidInputException naming {@code unit} when the dimensions differ
   */
  public boolean isAtMost(Quantity other) {
    return compareTo(other) <= 0;
  }

  /**
   * The smaller of two quantities.
   *
   * @param a one quantity
   * @param b the other, of the same dimension
   * @return the smaller ({@code a} when equal)
   */
  public static Quantity min(Quantity a, Quantity b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * The larger of two quantities.
   *
   * @param a one quantity
   * @param b the other, of the same dimension
   * @return the larger ({@code a} when equal)
   */
  public static Quantity max(Quantity a, Quantity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private void requireSameDimension(Unit other) {
    if (other.dimension() != unit.dimension()) {
      throw InvalidInputException.of(
          "unit",
          "unit-mismatch",
          "cannot relate " + unit.ucum() + " (" + unit.dimension() + ") to " + other.ucum() + " ("
              + other.dimension() + ")");
    }
  }

  /** Without trailing zeros and never in scientific form: {@code 1E+2} becomes {@code 100}. */
  private static BigDecimal normalise(BigDecimal stripped) {
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code "37.5 mg"}: the plain number and the clinician's symbol. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.symbol();
  }
}
