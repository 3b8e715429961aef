package org.painpath.examples.cli;

import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The {@code --max-input-bytes N} option: raises (or lowers) the size above which an input file is
 * refused before it is read. Never above the JSON reader's own document limit.
 */
public final class InputSizeOption {

  /** The JSON reader refuses longer documents anyway (PainpathJson's stream limit). */
  static final long CEILING = 50_000_000L;

  @Option(
      names = "--max-input-bytes",
      paramLabel = "BYTES",
      description = "Refuse an input file larger than this (default: 1 MiB for check, validate and evaluate, 10 MiB for plan and decide; at most 50000000).")
  @Nullable Long maxInputBytes;

  /** The limit for {@code kind}, or a problem naming the option when it is out of range. */
  long limitFor(InputKind kind) {
    Long given = maxInputBytes;
    if (given == null) {
      return kind.defaultMaxBytes();
    }
    if (given < 1 || given > CEILING) {
      throw InvalidInputException.of(
          "--max-input-bytes", "out-of-range", "must be 1 to " + CEILING + " bytes, was " + given);
    }
    return given;
  }
}
