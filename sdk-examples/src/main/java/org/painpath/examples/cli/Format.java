package org.painpath.examples.cli;

/** Output format of every command: plain text for people (default), one JSON object for programs. */
public enum Format {
  TEXT,
  JSON;

  /** picocli converter: accepts text|json in any case. */
  static Format parse(String value) {
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be text or json, was '" + value + "'");
  }
}
