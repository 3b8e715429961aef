package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a decimal number (write it like 37.5)");
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date written YYYY-MM-DD");
    }
  }
}
