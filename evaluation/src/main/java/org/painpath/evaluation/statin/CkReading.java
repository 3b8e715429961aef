package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.LAB_03;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A CK result with the laboratory's own upper limit of normal. The clinical reference gives no
 * default CK ULN (it varies with laboratory, sex and ancestry), so there is no reading without one.
 *
 * @param value the CK result, in the laboratory's unit (usually U/L)
 * @param upperLimit the laboratory's upper limit of normal, in the same unit
 */
@API(status = EXPERIMENTAL)
public record CkReading(BigDecimal value, BigDecimal upperLimit) {

  /**
   * Validates the reading.
   *
   * @param value the CK result
   * @param upperLimit the laboratory's upper limit of normal, in the same unit
   * @throws org.painpath.core.problem.InvalidInputException naming {@code ck.value} and {@code ck.upperLimit} if
   *     null ({@code required}), {@code ck.value} if negative and
   *     {@code ck.upperLimit} if not positive ({@code implausible})
   */
  public CkReading {
    Problems.Collector problems = Problems.collector();
    if (value == null || upperLimit == null) {
      problems.required(value, "ck.value").required(upperLimit, "ck.upperLimit").throwIfAny();
    }
    problems.check(value.signum() >= 0, "ck.value", "implausible", "CK cannot be negative, was " + value.toPlainString());
    problems.check(upperLimit.signum() > 0, "ck.upperLimit", "implausible",
        "the CK upper limit of normal must be positive, was " + upperLimit.toPlainString());
    problems.throwIfAny();
  }

  /**
   * The EAS 2015 category of this reading (SAMS-06), compared exactly.
   *
   * @return the category
   */
  public CkCategory category() {
    return CkCategory.of(value, upperLimit);
  }

  /**
   * CK / ULN for display, two decimals; decisions use {@link #category()}, which is exact.
   *
   * @return CK divided by the upper limit of normal, rounded half-even to two decimals
   */
  public BigDecimal multiple() {
    return value.divide(upperLimit, 2, RoundingMode.HALF_EVEN);
  }

  /**
   * The {@code ck-elevated} finding; call only when the category is raised.
   *
   * @return a finding whose severity is the category's, citing SAMS-06 and LAB-03
   */
  public Finding elevatedFinding() {
    CkCategory category = category();
    return Finding.builder("ck-elevated", category.severity())
        .about("CK")
        .message(category.description() + " (" + multiple().toPlainString() + " x ULN).")
        .value("ck", value.toPlainString())
        .value("upperLimit", upperLimit.toPlainString())
        .value("multipleOfUln", multiple().toPlainString())
        .value("category", category)
        .cite(SAMS_06, LAB_03)
        .build();
  }
}
