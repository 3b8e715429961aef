package org.painpath.oracle;

/** One limit the oracle finds a regimen over, in words, with the reference fact it comes from. */
record Violation(Kind kind, String what) {

  enum Kind {
    DAILY_MAXIMUM,
    SINGLE_MAXIMUM,
    SPACING,
    EVERY_OTHER_DAY_DOSE,
    DIALYSIS_SUPPLEMENT,
    AVOID,
    FREQUENCY_SHAPE,
    KIDNEY_DATA_CONTRADICTORY,
    KIDNEY_DATA_MISSING,
    OPIOID_NEW_OR_INCREASED,
    MAOI_PARTNER
  }

  @Override
  public String toString() {
    return kind + ": " + what;
  }
}
