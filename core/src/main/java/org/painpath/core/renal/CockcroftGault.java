package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * Cockcroft-Gault creatinine clearance (reference EQ-01): (140 - age) x weight / (72 x SCr mg/dL),
 * x 0.85 if female. The result is rounded DOWN to 0.1 mL/min: rounding may only ever place a patient
 * in a lower (safer) renal band, never a higher one. To keep that promise exactly, the whole equation
 * (including a creatinine given in µmol/L, which is divided by 88.4) is evaluated as one fraction and
 * divided once, truncating; no intermediate value is rounded. The ideal body weight, which is not a
 * terminating decimal, is truncated too, so it can only lower the result.
 */
@API(status = STABLE)
public final class CockcroftGault {

  static final BigDecimal AGE_OFFSET = BigDecimal.valueOf(140);
  static final BigDecimal DIVISOR = BigDecimal.valueOf(72);
  static final BigDecimal FEMALE_FACTOR = new BigDecimal("0.85");
  /** Devine ideal body weight: 50 kg (men) or 45.5 kg (women) + 2.3 kg per inch above 5 feet. */
  static final BigDecimal IBW_MALE_KG = new BigDecimal("50");

  static final BigDecimal IBW_FEMALE_KG = new BigDecimal("45.5");
  static final BigDecimal IBW_KG_PER_INCH = new BigDecimal("2.3");
  static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");
  static final BigDecimal INCHES_AT_FIVE_FEET = BigDecimal.valueOf(60);
  /** Adjusted body weight = IBW + 0.4 x (actual - IBW) (reference EQ-04). */
  static final BigDecimal ADJUSTMENT_FRACTION = new BigDecimal("0.4");

  /** Truncating: a weight rounded up could lift a patient into a higher band. */
  private static final MathContext PRECISION = new MathContext(16, RoundingMode.DOWN);

  private CockcroftGault() {}

  /**
   * Cockcroft-Gault clearance (EQ-01), rounded down to 0.1 mL/min and capped at
   * {@link CreatinineClearance#HIGHEST_PLAUSIBLE}. Past 140 years of age the age term is taken as zero.
   *
   * @param ageYears age in completed years
   * @param female whether the × 0.85 factor applies
   * @param weightKg the dosing weight in kg (see {@link #dosingWeightKg})
   * @param creatinine the serum creatinine, in either unit
   * @return the clearance in mL/min
   */
  public static CreatinineClearance clearance(
      int ageYears, boolean female, BigDecimal weightKg, SerumCreatinine creatinine) {
    BigDecimal numerator = AGE_OFFSET.subtract(BigDecimal.valueOf(ageYears)).max(BigDecimal.ZERO).multiply(weightKg);
    if (female) {
      numerator = numerator.multiply(FEMALE_FACTOR);
    }
    // SCr mg/dL = SCr umol/L / 88.4, so dividing by it multiplies the numerator by 88.4.
    if (creatinine.unit() == CreatinineUnit.MICROMOL_PER_L) {
      numerator = numerator.multiply(SerumCreatinine.MICROMOL_PER_MG_DL);
    }
    BigDecimal denominator = DIVISOR.multiply(creatinine.value());
    BigDecimal rounded =
        numerator.divide(denominator, 1, RoundingMode.DOWN).min(CreatinineClearance.HIGHEST_PLAUSIBLE);
    return new CreatinineClearance(rounded);
  }

  /**
   * Devine ideal body weight in kg, never below zero, truncated to 16 significant digits.
   *
   * @param female whether the female base (45.5 kg) applies
   * @param heightCm height in cm
   * @return the ideal body weight in kg
   */
  public static BigDecimal idealBodyWeightKg(boolean female, BigDecimal heightCm) {
    BigDecimal inches = heightCm.divide(CM_PER_INCH, PRECISION);
    BigDecimal base = female ? IBW_FEMALE_KG : IBW_MALE_KG;
    BigDecimal ibw = base.add(IBW_KG_PER_INCH.multiply(inches.subtract(INCHES_AT_FIVE_FEET)));
    return ibw.max(BigDecimal.ZERO);
  }

  /**
   * The weight the chosen basis puts into the equation.
   *
   * @param basis actual, ideal or adjusted body weight (EQ-04)
   * @param female whether the female ideal body weight applies
   * @param actualKg the measured weight in kg
   * @param heightCm height in cm; read only for the ideal and adjusted bases
   * @return the weight in kg, never below zero
   */
  public static BigDecimal dosingWeightKg(
      WeightBasis basis, boolean female, BigDecimal actualKg, BigDecimal heightCm) {
    switch (basis) {
      case IDEAL:
        return idealBodyWeightKg(female, heightCm);
      case ADJUSTED:
        BigDecimal ibw = idealBodyWeightKg(female, heightCm);
        return ibw.add(ADJUSTMENT_FRACTION.multiply(actualKg.subtract(ibw))).max(BigDecimal.ZERO);
      case ACTUAL:
      default:
        return actualKg;
    }
  }
}
