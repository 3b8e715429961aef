package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Helpers for turning raw input into values without letting anything but an {@link
 * InvalidInputException} escape: decimal text that is not a number becomes a problem naming the
 * field, and a decimal shown in a message is never expanded into a huge plain string ({@code 1e999999999}
 * written out digit by digit would exhaust memory).
 */
@API(status = INTERNAL)
public final class Inputs {

  /** Beyond this many digits on either side of the point, a decimal is shown in scientific notation. */
  static final int MAX_PLAIN_DIGITS = 40;

  /**
   * Every number painpath reads has at most this many significant digits (issue 12): far more than any
   * dose, measurement or score needs, few enough that no arithmetic on it can be costly.
   */
  public static final int MAX_SIGNIFICANT_DIGITS = 20;

  /** ... and a decimal exponent (scientific notation) from {@code -MAX_EXPONENT} to {@code MAX_EXPONENT}. */
  public static final int MAX_EXPONENT = 6;

  /** Longest number text read at all (the JSON parser's own limit too). */
  public static final int MAX_NUMBER_TEXT = 64;

  private Inputs() {}

  /** The problem code of a required argument or field that was null (the one convention, docs/module-contracts.md). */
  public static final String REQUIRED = "required";

  /**
   * {@code value}, or an {@link InvalidInputException} with one problem: field {@code name} (the
   * parameter's name as written in the method's signature), code {@value #REQUIRED}. Every public
   * entry point checks its arguments with this (or {@link Problems.Collector#required}, to name every
   * null argument at once), so a null is never an NPE and never silently replaced by a default.
   *
   * @param <T> the argument's type
   * @param value the argument
   * @param name the parameter's name, reported as the problem's field
   * @return {@code value}, never null
   * @throws InvalidInputException naming {@code name} with code {@value #REQUIRED} when {@code value} is null
   */
  public static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw InvalidInputException.of(name, REQUIRED, name + " is required");
    }
    return value;
  }

  /**
   * Parses decimal text such as {@code "37.5"}, or fails with a problem naming {@code field}.
   *
   * @param text the text to read; surrounding spaces are ignored
   * @param field the field the problem names
   * @return the number, unbounded (the value type checks its own range)
   * @throws InvalidInputException naming {@code field}: {@code required} when null, {@code not-a-number} when
   *     unreadable
   */
  public static BigDecimal decimal(@Nullable String text, String field) {
    if (text == null) {
      throw InvalidInputException.of(field, REQUIRED, "is required");
    }
    // Not bounded here: value types set their own ranges (a quantity in kg may be 1e-9); input edges
    // (JSON reading, the command line) apply bounded() to what a person typed.
    return parse(text.strip())
        .orElseThrow(() -> InvalidInputException.of(field, "not-a-number", "\"" + shorten(text) + "\" is not a decimal number"));
  }

  /**
   * The decimal {@code text} writes, or empty. Any failure of the parse counts as "not a number": the JDK
   * throws more than {@link NumberFormatException} for some texts ({@code 1E+2147483647} fails
   * allocating an array).
   *
   * @param text the text to read
   * @return the number, or empty when the text is not one
   */
  public static java.util.Optional<BigDecimal> parse(String text) {
    try {
      return java.util.Optional.of(new BigDecimal(text));
    } catch (RuntimeException notANumber) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The value, if it has at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and a decimal
   * exponent within +-{@value #MAX_EXPONENT} ({@code 1e999999999} and {@code 1e-999999999} are refused
   * before any arithmetic could expand them); otherwise a problem naming {@code field}. Costs no
   * arithmetic: precision and scale are read, never the value expanded.
   *
   * @param value the number to check
   * @param field the field the problem names
   * @return {@code value}, unchanged
   * @throws InvalidInputException naming {@code field} with code {@code number-out-of-bounds}
   */
  public static BigDecimal bounded(BigDecimal value, String field) {
    unbounded(value).ifPresent(why -> {
      throw InvalidInputException.of(field, "number-out-of-bounds", why);
    });
    return value;
  }

  /**
   * Why {@code value} is outside painpath's number bounds, or empty when it is within them.
   *
   * @param value the number to check
   * @return the reason, or empty when within bounds
   */
  public static java.util.Optional<String> unbounded(BigDecimal value) {
    int digits = value.precision();
    long exponent = (long) digits - value.scale() - 1;
    if (digits > MAX_SIGNIFICANT_DIGITS) {
      return java.util.Optional.of(
          show(value) + " has " + digits + " significant digits; at most " + MAX_SIGNIFICANT_DIGITS + " are read");
    }
    if (Math.abs(exponent) > MAX_EXPONENT) {
      return java.util.Optional.of(
          show(value) + " is out of range: numbers are read with a decimal exponent from -" + MAX_EXPONENT + " to "
              + MAX_EXPONENT + " (0.000001 up to, not including, 10000000); this one has " + exponent);
    }
    return java.util.Optional.empty();
  }

  /**
   * A decimal for a message: the plain form ({@code 37.5}) when it is of reasonable size, scientific
   * notation otherwise, so showing a hostile value costs no more than reading it did.
   *
   * @param value the number
   * @return its text for a message
   */
  public static String show(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale(); // long: a scale of -2^31 overflows an int
    boolean reasonable = integerDigits <= MAX_PLAIN_DIGITS && value.scale() <= MAX_PLAIN_DIGITS;
    return reasonable ? value.toPlainString() : value.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }
}
