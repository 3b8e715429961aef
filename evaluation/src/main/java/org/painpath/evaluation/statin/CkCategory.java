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
  /** CK at or below the upper limit of normal ("myalgia" when there are symptoms). */
  NORMAL("CK at or below the upper limit of normal", Severity.INFO),
  /** CK above the upper limit of normal but below 4 times it. */
  ABOVE_ULN_BELOW_4_TIMES("CK above the upper limit of normal but below 4 x ULN", Severity.MODERATE),
  /** CK from 4 to 10 times the upper limit of normal, both edges included. */
  FROM_4_TO_10_TIMES_ULN("CK 4-10 x ULN", Severity.MAJOR),
  /**
   * CK above 10 times the upper limit of normal: the myopathy range; with symptoms, stop the statin (SAMS-07).
   */
  ABOVE_10_TIMES_ULN("CK above 10 x ULN (myopathy range)", Severity.BLOCKING),
  /**
   * CK above 40 times the upper limit of normal: the rhabdomyolysis range (with renal impairment or
   * myoglobinuria, SAMS-06).
   */
  ABOVE_40_TIMES_ULN("CK above 40 x ULN (rhabdomyolysis range)", Severity.BLOCKING);

  /** The lower edge of {@link #FROM_4_TO_10_TIMES_ULN}: 4 x ULN (SAMS-06). */
  public static final Threshold FOUR_TIMES = Threshold.of("CK multiple", "4", "x ULN", SAMS_06);
  /** The upper edge of {@link #FROM_4_TO_10_TIMES_ULN}: above 10 x ULN is the myopathy range (SAMS-06). */
  public static final Threshold TEN_TIMES = Threshold.of("CK multiple", "10", "x ULN", SAMS_06);
  /** Above 40 x ULN is the rhabdomyolysis range (SAMS-06). */
  public static final Threshold FORTY_TIMES = Threshold.of("CK multiple", "40", "x ULN", SAMS_06);

  private final String description;
  private final Severity severity;

  CkCategory(String description, Severity severity) {
    this.description = description;
    this.severity = severity;
  }

  /**
   * The category of {@code ck} against a positive {@code upperLimit} in the same unit.
   *
   * @param ck the CK result
   * @param upperLimit the laboratory's upper limit of normal, in the unit of {@code ck}
   * @return the category, compared exactly
   * @throws org.painpath.core.problem.InvalidInputException naming {@code ck} or {@code upperLimit} when null
   *     ({@code required}) and {@code upperLimit} when not positive ({@code implausible}; {@link CkReading}
   *     validates it first)
   */
  public static CkCategory of(BigDecimal ck, BigDecimal upperLimit) {
    org.painpath.core.problem.Problems.collector().required(ck, "ck").required(upperLimit, "upperLimit").throwIfAny();
    if (upperLimit.signum() <= 0) {
      throw org.painpath.core.problem.InvalidInputException.of(
          "upperLimit", "implausible", "the CK upper limit must be positive, was " + upperLimit.toPlainString());
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

  /**
   * The category in words, as finding messages show it.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * How much this CK level alone matters; never lower for a higher category.
   *
   * @return INFO for a normal CK, up to BLOCKING above 10 x ULN
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether this category is the same as or higher than {@code other}.
   *
   * @param other the category to compare with
   * @return {@code true} if this ranks at or above {@code other}
   */
  public boolean atLeast(CkCategory other) {
    return compareTo(other) >= 0;
  }

  /**
   * Whether the CK is above the upper limit of normal.
   *
   * @return {@code true} for every category but NORMAL
   */
  public boolean raised() {
    return this != NORMAL;
  }
}
