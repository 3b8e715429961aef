package org.painpath.core.problem;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for turning raw input into values without letting anything but an {@link
 * InvalidInputException} escape: decimal text that is not a number becomes a problem naming the
 * field, and a decimal shown in a message is never expanded into a huge plain string ({@code 1e999999999}
 * written out digit by digit would exhaust memory).
 */
public final class Inputs {

  /** Beyond this many digits on either side of the point, a decimal is shown in scientific notation. */
  static final int MAX_PLAIN_DIGITS = 40;

  private Inputs() {}

  /** Parses decimal text such as {@code "37.5"}, or fails with a problem naming {@code field}. */
  public static BigDecimal decimal(@Nullable String text, String field) {
    if (text == null) {
      throw InvalidInputException.of(field, "required", "is required");
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(field, "not-a-number", "\"" + shorten(text) + "\" is not a decimal number");
    }
  }

  /**
   * A decimal for a message: the plain form ({@code 37.5}) when it is of reasonable size, scientific
   * notation otherwise, so showing a hostile value costs no more than reading it did.
   */
  public static String show(BigDecimal value) {
    int integerDigits = value.precision() - value.scale();
    boolean reasonable = integerDigits <= MAX_PLAIN_DIGITS && value.scale() <= MAX_PLAIN_DIGITS;
    return reasonable ? value.toPlainString() : value.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }
}
