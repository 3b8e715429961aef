package org.painpath.oracle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;

/**
 * The oracle's kidney arithmetic. Cockcroft-Gault (EQ-01) on actual body weight, exact to 20 digits and
 * not rounded (the SDK truncates, which can only make it stricter); creatinine in umol/L divided by
 * 88.4 (EQ-04). Band borders 15, 30 and 60 mL/min, each belonging to the band above (GAB-R0, PGB-R0).
 * Contradictory (issue 12): a given clearance in a higher band than Cockcroft-Gault or more than 30 %
 * above it, or haemodialysis with a given clearance of 15 or more.
 */
record OracleKidney(
    @Nullable BigDecimal cockcroftGault, @Nullable BigDecimal given, boolean haemodialysis, boolean contradictory) {

  private static final MathContext EXACT = new MathContext(20);
  private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
  private static final BigDecimal THIRTY_PERCENT_ABOVE = new BigDecimal("1.3");

  static OracleKidney of(Patient p) {
    BigDecimal cg = null;
    if (p.weightKg().isPresent() && p.serumCreatinine().isPresent()) {
      var scr = p.serumCreatinine().get();
      BigDecimal mgPerDl =
          scr.unit().name().equals("MG_PER_DL") ? scr.value() : scr.value().divide(new BigDecimal("88.4"), EXACT);
      BigDecimal numerator = BigDecimal.valueOf(140L - p.age().years()).max(BigDecimal.ZERO).multiply(p.weightKg().get());
      if (p.sex().name().equals("F")) {
        numerator = numerator.multiply(new BigDecimal("0.85"));
      }
      cg = numerator.divide(BigDecimal.valueOf(72).multiply(mgPerDl), EXACT);
    }
    BigDecimal given = p.creatinineClearance().map(c -> c.mlPerMin()).orElse(null);
    boolean hd = p.onHaemodialysis();
    boolean contradictory;
    if (hd) {
      contradictory = given != null && given.compareTo(FIFTEEN) >= 0;
    } else {
      contradictory =
          given != null
              && cg != null
              && (band(given) > band(cg) || given.compareTo(cg.multiply(THIRTY_PERCENT_ABOVE)) > 0);
    }
    return new OracleKidney(cg, given, hd, contradictory);
  }

  /**
   * The clearance the limits are read at: the given one when there is one (on dialysis, the residual
   * clearance), else Cockcroft-Gault (never on dialysis); empty when it cannot be known.
   */
  Optional<BigDecimal> clearance() {
    if (given != null) {
      return Optional.of(given);
    }
    return haemodialysis ? Optional.empty() : Optional.ofNullable(cockcroftGault);
  }

  /** 0 below 15, 1 for 15 to below 30, 2 for 30 to below 60, 3 from 60. */
  static int band(BigDecimal crcl) {
    if (crcl.compareTo(BigDecimal.valueOf(60)) >= 0) {
      return 3;
    }
    if (crcl.compareTo(BigDecimal.valueOf(30)) >= 0) {
      return 2;
    }
    return crcl.compareTo(FIFTEEN) >= 0 ? 1 : 0;
  }
}
