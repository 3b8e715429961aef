package org.painpath.benchmarks.batch;

import java.util.Locale;

/** What a batch run does with each generated case. */
public enum Work {
  /** Only generate the case (measures the generator). */
  GENERATE,
  /** Generate, then check the regimen ({@code Pharmacology.check}). */
  CHECK,
  /** Generate, then replay the case log and recommend ({@code Pathway.recommend}). */
  RECOMMEND,
  /** Generate, check and recommend: the default. */
  BOTH;

  boolean checks() {
    return this == CHECK || this == BOTH;
  }

  boolean recommends() {
    return this == RECOMMEND || this == BOTH;
  }

  static Work parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--work is generate, check, recommend or both, was " + text, e);
    }
  }

  String label() {
    return switch (this) {
      case GENERATE -> "generate only";
      case CHECK -> "generate + check";
      case RECOMMEND -> "generate + replay + recommend";
      case BOTH -> "generate + check + replay + recommend";
    };
  }
}
