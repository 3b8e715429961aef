package org.painpath.evaluation.workup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A unit a laboratory may report a test in, the spellings accepted for it, and the largest value that
 * is still plausible in it. The plausibility bound only catches typing and unit slips (a CK of 5
 * million, a vitamin D of 3000); it is not a clinical threshold (DESIGN, see
 * docs/clinical-decisions.md).
 */
record LabUnit(String canonical, List<String> spellings, BigDecimal plausibleMaximum) {

  static LabUnit of(String canonical, String plausibleMaximum, String... otherSpellings) {
    return new LabUnit(canonical, List.of(otherSpellings), new BigDecimal(plausibleMaximum));
  }

  boolean matches(String unit) {
    String u = normalise(unit);
    return normalise(canonical).equals(u) || spellings.stream().anyMatch(s -> normalise(s).equals(u));
  }

  private static String normalise(String unit) {
    return unit.strip().replace('µ', 'u').replace('μ', 'u').replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
