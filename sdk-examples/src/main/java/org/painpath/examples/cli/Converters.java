package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.painpath.core.problem.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Readers of option values whose refusal says what was expected, in words (picocli's defaults quote
 * Java exception names): picocli prefixes each with {@code Invalid value for option '--x':}.
 */
final class Converters {

  private Converters() {}

  static void register(CommandLine cli) {
    cli.registerConverter(BigDecimal.class, Converters::decimal);
    cli.registerConverter(LocalDate.class, Converters::date);
  }

  /**
   * A decimal within painpath's bounds (issue 12: at most 20 significant digits, a decimal exponent
   * within +-6), refused before anything is computed from it: {@code 1e999999999} written out would
   * exhaust memory.
   */
  static BigDecimal decimal(String text) {
    String t = text.strip();
    if (t.length() > Inputs.MAX_NUMBER_TEXT) {
      throw new TypeConversionException("'" + shorten(t) + "' is longer than " + Inputs.MAX_NUMBER_TEXT + " characters");
    }
    BigDecimal value =
        Inputs.parse(t)
            .orElseThrow(() -> new TypeConversionException("'" + shorten(t) + "' is not a decimal number (write it like 37.5)"));
    Inputs.unbounded(value).ifPresent(why -> {
      throw new TypeConversionException(why);
    });
    return value;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + shorten(text) + "' is not a date written YYYY-MM-DD");
    }
  }
}
