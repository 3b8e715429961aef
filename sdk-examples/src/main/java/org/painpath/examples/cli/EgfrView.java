package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.patient.EgfrReport;

/**
 * The patient's CKD-EPI 2021 eGFR as {@code limits} and {@code check} write it: the value for staging, marked
 * as not used for dosing (EQ-02, EQ-03), or why it was not computed.
 *
 * @param mlPerMinPer173m2 the eGFR in mL/min/1.73 m², or null when not computed
 * @param notComputed why not ({@code NO_SERUM_CREATININE}, {@code NO_SEX}), or null when computed
 * @param usedForDosing always false: renal bands use Cockcroft-Gault clearance
 * @param citations EQ-02 and EQ-03
 */
record EgfrView(@Nullable BigDecimal mlPerMinPer173m2, @Nullable String notComputed, boolean usedForDosing, List<Citation> citations) {

  static EgfrView of(EgfrReport report) {
    return new EgfrView(
        report.egfr().orElse(null), report.notComputed().map(Enum::name).orElse(null), report.usedForDosing(), report.citations());
  }

  /** One line of the text answers. */
  String line() {
    BigDecimal value = mlPerMinPer173m2;
    if (value != null) {
      return "eGFR:        " + value.toPlainString() + " " + EgfrReport.UNIT + " (CKD-EPI 2021, for staging; not used for dosing) ["
          + Cites.inline(citations) + "]";
    }
    return "eGFR:        not computed ("
        + ("NO_SEX".equals(notComputed) ? "no sex given; CKD-EPI 2021 needs it" : "no serum creatinine") + ")";
  }
}
