package org.painpath.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every answering command takes. */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json",
      converter = Format.Converter.class,
      description = "Output format: text (default, for people) or json (one object on stdout).")
  Format format = Format.TEXT;

  public Format format() {
    return format;
  }
}
