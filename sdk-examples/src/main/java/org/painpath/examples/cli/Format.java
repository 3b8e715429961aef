package org.painpath.examples.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Output format of every command: plain text for people (default), one JSON object for programs. */
public enum Format {
  TEXT,
  JSON;

  /** Accepts text|json in any case. */
  static Format parse(String value) {
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be text or json, was '" + value + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** picocli converter: an unknown format is a bad option named with the allowed values. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("must be text or json, was '" + value + "'");
      }
    }
  }
}
