package org.painpath.evaluation.workup;


import org.painpath.core.explain.Severity;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;

/**
 * The creatinine-clearance bands the drug labels dose by, with the pathway's boundary convention
 * (GAB-R0, DESIGN: lower edge included): 60 and above, 30 to below 60, 15 to below 30, below 15. The
 * reference gives no eGFR staging cut points, so renal impairment is judged on clearance (EQ-03: labels
 * dose on Cockcroft-Gault clearance) and eGFR is reported alongside, unstaged.
 */
enum RenalBand {
  NOT_IMPAIRED(ClearanceBand.atLeast("60"), Severity.INFO),
  CRCL_30_TO_59(ClearanceBand.between("30", "60"), Severity.MODERATE),
  CRCL_15_TO_29(ClearanceBand.between("15", "30"), Severity.MAJOR),
  CRCL_BELOW_15(ClearanceBand.below("15"), Severity.MAJOR);

  private final ClearanceBand band;
  private final Severity severity;

  RenalBand(ClearanceBand band, Severity severity) {
    this.band = band;
    this.severity = severity;
  }

  static RenalBand of(CreatinineClearance clearance) {
    for (RenalBand b : values()) {
      if (b.band.contains(clearance)) {
        return b;
      }
    }
    throw new IllegalStateException("renal bands must cover every clearance; " + clearance + " fell outside");
  }

  ClearanceBand band() {
    return band;
  }

  Severity severity() {
    return severity;
  }

}
