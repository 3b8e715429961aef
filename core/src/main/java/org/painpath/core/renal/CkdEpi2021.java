package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * CKD-EPI 2021 race-free eGFR in mL/min/1.73 m² (reference EQ-02). For CKD staging only: renal dose
 * bands use {@link CockcroftGault} clearance (reference EQ-03). The power terms need floating point;
 * the result is an exact decimal rounded to 0.1, and no dose is ever computed from it.
 */
@API(status = STABLE)
public final class CkdEpi2021 {

  private CkdEpi2021() {}

  /**
   * The race-free CKD-EPI 2021 eGFR (EQ-02), for staging and display; never for choosing a renal dose band
   * (EQ-03).
   *
   * @param ageYears age in completed years
   * @param female whether the female constants apply (κ 0.7, α -0.241, × 1.012)
   * @param creatinine the serum creatinine, IDMS-traceable; converted to mg/dL
   * @return the eGFR in mL/min/1.73 m², rounded half-even to 0.1
   */
  public static BigDecimal egfr(int ageYears, boolean female, SerumCreatinine creatinine) {
    double scr = creatinine.mgPerDl().doubleValue();
    double kappa = female ? 0.7 : 0.9;
    double alpha = female ? -0.241 : -0.302;
    double ratio = scr / kappa;
    double value =
        142.0
            * Math.pow(Math.min(ratio, 1.0), alpha)
            * Math.pow(Math.max(ratio, 1.0), -1.200)
            * Math.pow(0.9938, ageYears)
            * (female ? 1.012 : 1.0);
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN);
  }
}
