package org.painpath.examples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of DATE} option: the date a question is asked on (washouts are counted to it, a
 * plan's due dates from it). Without it, today's date, read once here: the only place painpath reads a
 * clock, in this computer's time zone. Domain code always receives the date as a parameter.
 */
public final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date the question is asked on (default: today's date on this computer).")
  @Nullable LocalDate asOf;

  public LocalDate asOf() {
    LocalDate given = asOf;
    return given != null ? given : LocalDate.now(ZoneId.systemDefault());
  }
}
