package org.painpath.evaluation.workup;

import java.math.BigDecimal;
import java.util.Optional;

/** A result that passed its checks (known test, known unit, plausible value): safe to interpret. */
record Reading(LabTest test, LabResult result, LabUnit unit) {

  BigDecimal value() {
    return result.value();
  }

  Optional<BigDecimal> upperLimit() {
    return result.upper();
  }

  Optional<BigDecimal> lowerLimit() {
    return result.lower();
  }

  /** Above the laboratory's upper limit; empty when the laboratory gave none. */
  Optional<Boolean> aboveRange() {
    return upperLimit().map(u -> value().compareTo(u) > 0);
  }

  /** Below the laboratory's lower limit; empty when the laboratory gave none. */
  Optional<Boolean> belowRange() {
    return lowerLimit().map(l -> value().compareTo(l) < 0);
  }

  String display() {
    return value().toPlainString() + " " + unit.canonical();
  }

  String rangeDisplay() {
    return lowerLimit().map(BigDecimal::toPlainString).orElse("?") + "-"
        + upperLimit().map(BigDecimal::toPlainString).orElse("?") + " " + unit.canonical();
  }
}
