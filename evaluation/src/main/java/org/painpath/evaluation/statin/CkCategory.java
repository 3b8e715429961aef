package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;

import java.math.BigDecimal;
import org.painpath.core.explain.Severity;
import org.painpath.evaluation.Threshold;
import org.apiguardian.api.API;

/**
 * Creatine kinase as a multiple of the laboratory's upper limit of normal, in the categories of the
 * EAS 2015 consensus (SAMS-06): normal; above the ULN but below 4 x; 4-10 x; above 10 x (myopathy);
 * above 40 x (rhabdomyolysis range). Edges as the source writes them: exactly 4 x is "4-10", exactly
 * 10 x is still "4-10" and exactly 40 x is "above 10". Comparisons are exact (CK vs k x ULN), never
 * on a rounded ratio. Categories are ordered, so a higher CK never gets a lower one.
 */
@API(status = EXPERIMENTAL)
public enum CkCategory {
  NORMAL("CK at or below the upper limit of normal", Severity.INFO),
  ABOVE_ULN_BELOW_4_TIMES("CK above the upper limit of normal but below 4 x ULN", Severity.MODERATE),
  FROM_4_TO_10_TIMES_ULN("CK 4-10 x ULN", Severity.MAJOR),
  ABOVE_10_TIMES_ULN("CK above 10 x ULN (myopathy range)", Severity.BLOCKING),
  ABOVE_40_TIMES_ULN("CK above 40 x ULN (rhabdomyolysis range)", Severity.BLOCKING);

  public static final Threshold FOUR_TIMES = Threshold.of("CK multiple", "4", "x ULN", SAMS_06);
  public static final Threshold TEN_TIMES = Threshold.of("CK multiple", "10", "x ULN", SAMS_06);
  public static final Threshold FORTY_TIMES = Threshold.of("CK multiple", "40", "x ULN", SAMS_06);

  private final String description;
  private final Severity severity;

  CkCategory(String description, Severity severity) {
    this.description = description;
    this.severity = severity;
  }

  /** The category of {@code ck} against a positive {@code upperLimit} in the same unit. */
  public static CkCategory of(BigDecimal ck, BigDecimal upperLimit) {
    if (upperLimit.signum() <= 0) {
      throw new IllegalArgumentException("the CK upper limit must be positive, was " + upperLimit);
    }
    if (ck.compareTo(upperLimit.multiply(FORTY_TIMES.value())) > 0) {
      return ABOVE_40_TIMES_ULN;
    }
    if (ck.compareTo(upperLimit.multiply(TEN_TIMES.value())) > 0) {
      return ABOVE_10_TIMES_ULN;
    }
    if (ck.compareTo(upperLimit.multiply(FOUR_TIMES.value())) >= 0) {
      return FROM_4_TO_10_TIMES_ULN;
    }
    return ck.compareTo(upperLimit) > 0 ? ABOVE_ULN_BELOW_4_TIMES : NORMAL;
  }

  public String description() {
    return description;
  }

  /** How much this CK level alone matters; never lower for a higher category. */
  public Severity severity() {
    return severity;
  }

  public boolean atLeast(CkCategory other) {
    return compareTo(other) >= 0;
  }

  public boolean raised() {
    return this != NORMAL;
  }
}
