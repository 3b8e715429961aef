package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.VD_01;
import static org.painpath.evaluation.ReferenceFacts.VD_02;
import static org.painpath.evaluation.ReferenceFacts.VD_03;

import java.math.BigDecimal;
import org.painpath.evaluation.Threshold;
import org.apiguardian.api.API;

/**
 * 25(OH)D status (Endocrine Society 2011, VD-01) with the gap between 20 and 21 ng/mL closed as VD-03
 * decides: below 20 deficient, 20 to below 30 insufficient, 30 or more sufficient. Results in nmol/L
 * are compared with the cut points times 2.496 (VD-02), exactly, so no rounding of a converted value
 * can move a patient across a cut point. Ordered: a lower level never gets a better status.
 */
@API(status = EXPERIMENTAL)
public enum VitaminDStatus {
  /** 25(OH)D below 20 ng/mL (50 nmol/L). */
  DEFICIENT,
  /** 25(OH)D from 20 to below 30 ng/mL (VD-03 closes the source's 20 to 21 gap here). */
  INSUFFICIENT,
  /** 25(OH)D of 30 ng/mL or more. */
  SUFFICIENT;

  /** Below this level is deficiency: 20 ng/mL (VD-01, with the gap closed by VD-03). */
  public static final Threshold DEFICIENT_BELOW = Threshold.of("vitamin D deficiency", "20", "ng/mL", VD_03);
  /** From this level on is sufficiency: 30 ng/mL (VD-01). */
  public static final Threshold SUFFICIENT_FROM = Threshold.of("vitamin D sufficiency", "30", "ng/mL", VD_01);
  /** The unit conversion: 1 ng/mL = 2.496 nmol/L (VD-02). */
  public static final Threshold NMOL_PER_NG = Threshold.of("25(OH)D unit conversion", "2.496", "nmol/L per ng/mL", VD_02);

  /**
   * The status of a 25(OH)D value in ng/mL ({@code inNanomoles} false) or nmol/L.
   *
   * @param value the 25(OH)D result
   * @param inNanomoles {@code true} if {@code value} is in nmol/L, {@code false} for ng/mL
   * @return the status, compared exactly
   */
  public static VitaminDStatus of(BigDecimal value, boolean inNanomoles) {
    BigDecimal factor = inNanomoles ? NMOL_PER_NG.value() : BigDecimal.ONE;
    if (value.compareTo(DEFICIENT_BELOW.value().multiply(factor)) < 0) {
      return DEFICIENT;
    }
    return value.compareTo(SUFFICIENT_FROM.value().multiply(factor)) < 0 ? INSUFFICIENT : SUFFICIENT;
  }
}
