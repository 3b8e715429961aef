package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A serum creatinine result. Equations work in mg/dL; a result in µmol/L is divided by 88.4
 * (reference EQ-04).
 *
 * @param value the result as the laboratory reported it
 * @param unit the unit it was reported in
 */
@API(status = STABLE)
public record SerumCreatinine(BigDecimal value, CreatinineUnit unit) {

  /** µmol/L per mg/dL of creatinine (reference EQ-04). */
  public static final BigDecimal MICROMOL_PER_MG_DL = new BigDecimal("88.4");

  /** Plausible bounds in mg/dL: outside them a result is more likely a typo or a unit slip. */
  public static final BigDecimal LOWEST_PLAUSIBLE_MG_DL = new BigDecimal("0.1");

  /** Highest plausible result in mg/dL (2210 µmol/L). */
  public static final BigDecimal HIGHEST_PLAUSIBLE_MG_DL = new BigDecimal("25");

  /**
   * Checks the result is present and plausible (0.1 to 25 mg/dL, 8.84 to 2210 µmol/L).
   *
   * @param value the result
   * @param unit the unit
   * @throws org.painpath.core.problem.InvalidInputException naming {@code value} and {@code unit} when missing,
   *     {@code serumCreatinine} when implausible
   */
  public SerumCreatinine {
    Problems.Collector problems = Problems.collector();
    problems.check(value != null, "value", "required", "is required");
    problems.check(unit != null, "unit", "required", "is required (mg/dL or umol/L)");
    problems.throwIfAny();
    BigDecimal mgDl = toMgPerDl(value, unit);
    if (mgDl.compareTo(LOWEST_PLAUSIBLE_MG_DL) < 0 || mgDl.compareTo(HIGHEST_PLAUSIBLE_MG_DL) > 0) {
      throw InvalidInputException.of(
          "serumCreatinine",
          "implausible",
          Inputs.show(value) + " " + unit.ucum() + " is outside the plausible range 0.1-25 mg/dL (8.84-2210 umol/L)");
    }
  }

  /**
   * A result in mg/dL.
   *
   * @param value the result as decimal text
   * @return the creatinine
   * @throws org.painpath.core.problem.InvalidInputException naming {@code serumCreatinine} when not a number or
   *     implausible
   */
  public static SerumCreatinine mgPerDl(String value) {
    return new SerumCreatinine(Inputs.decimal(value, "serumCreatinine"), CreatinineUnit.MG_PER_DL);
  }

  /**
   * A result in µmol/L.
   *
   * @param value the result as decimal text
   * @return the creatinine
   * @throws org.painpath.core.problem.InvalidInputException naming {@code serumCreatinine} when not a number or
   *     implausible
   */
  public static SerumCreatinine micromolPerL(String value) {
    return new SerumCreatinine(Inputs.decimal(value, "serumCreatinine"), CreatinineUnit.MICROMOL_PER_L);
  }

  /**
   * The result in mg/dL, as the equations take it (µmol/L ÷ 88.4 to 12 significant digits).
   *
   * @return mg/dL
   */
  public BigDecimal mgPerDl() {
    return toMgPerDl(value, unit);
  }

  private static BigDecimal toMgPerDl(BigDecimal value, CreatinineUnit unit) {
    return unit == CreatinineUnit.MG_PER_DL
        ? value
        : value.divide(MICROMOL_PER_MG_DL, new MathContext(12, RoundingMode.HALF_EVEN));
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.ucum();
  }
}
