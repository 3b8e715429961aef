package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * One laboratory result as reported: LOINC code, value, unit and the laboratory's own reference
 * limits when it gives them. Structural errors (a code that is not LOINC, a blank unit, limits that
 * contradict each other) are rejected here; whether the value is plausible for its test is judged by
 * the interpretation, which names an implausible result rather than reading it.
 *
 * @param loinc the result's LOINC code
 * @param value the result as reported
 * @param unit the unit as the laboratory spells it (e.g. {@code umol/L}); the interpretation maps known
 *     spellings
 * @param lowerLimit the laboratory's lower reference limit, or null when not given
 * @param upperLimit the laboratory's upper reference limit, or null when not given
 */
@API(status = EXPERIMENTAL)
public record LabResult(
    Code loinc, BigDecimal value, String unit, @Nullable BigDecimal lowerLimit, @Nullable BigDecimal upperLimit) {

  /**
   * Rejects structural errors, each named.
   *
   * @param loinc the LOINC code
   * @param value the result
   * @param unit the unit
   * @param lowerLimit the lower reference limit, or null
   * @param upperLimit the upper reference limit, or null
   * @throws org.painpath.core.problem.InvalidInputException naming a missing loinc, value or unit, or a code that is not LOINC
   *     ({@code loinc.system}), a blank {@code unit}, a negative {@code lowerLimit}, a {@code upperLimit} that
   *     is not positive, or limits in the wrong order
   */
  public LabResult {
    // a result read from JSON may lack a member: each is named, never a NullPointerException
    Problems.collector().required(loinc, "loinc").required(value, "value").required(unit, "unit").throwIfAny();
    Problems.Collector problems = Problems.collector();
    problems.check(loinc.system() == CodeSystem.LOINC, "loinc.system", "not-loinc",
        "a laboratory result must be coded in LOINC, was " + loinc.system().label());
    problems.check(!unit.isBlank(), "unit", "required", "the result's unit is required");
    if (lowerLimit != null) {
      problems.check(lowerLimit.signum() >= 0, "lowerLimit", "negative", "a reference limit cannot be negative");
    }
    if (upperLimit != null) {
      problems.check(upperLimit.signum() > 0, "upperLimit", "not-positive", "an upper reference limit must be positive");
    }
    if (lowerLimit != null && upperLimit != null) {
      problems.check(lowerLimit.compareTo(upperLimit) < 0, "lowerLimit", "above-upper-limit",
          "lower limit " + lowerLimit.toPlainString() + " is not below upper limit " + upperLimit.toPlainString());
    }
    problems.throwIfAny();
  }

  /**
   * A result of a test, coded with the test's ordering code.
   *
   * @param test the test, whose ordering code the result gets
   * @param value the result as decimal text
   * @param unit the unit
   * @param lowerLimit the lower reference limit as decimal text, or null
   * @param upperLimit the upper reference limit as decimal text, or null
   * @return the result
   * @throws NumberFormatException if a number is not decimal text
   * @throws org.painpath.core.problem.InvalidInputException as the constructor
   */
  public static LabResult of(
      LabTest test, String value, String unit, @Nullable String lowerLimit, @Nullable String upperLimit) {
    return new LabResult(
        test.loinc(),
        new BigDecimal(value),
        unit,
        lowerLimit == null ? null : new BigDecimal(lowerLimit),
        upperLimit == null ? null : new BigDecimal(upperLimit));
  }

  /**
   * A result reported without reference limits.
   *
   * @param test the test
   * @param value the result as decimal text
   * @param unit the unit
   * @return the result, without reference limits
   * @throws NumberFormatException if {@code value} is not decimal text
   * @throws org.painpath.core.problem.InvalidInputException as the constructor
   */
  public static LabResult of(LabTest test, String value, String unit) {
    return of(test, value, unit, null, null);
  }

  /**
   * The laboratory's lower reference limit.
   *
   * @return the limit, or empty when not given
   */
  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(lowerLimit);
  }

  /**
   * The laboratory's upper reference limit.
   *
   * @return the limit, or empty when not given
   */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upperLimit);
  }
}
