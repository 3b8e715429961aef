package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.apiguardian.api.API;

/**
 * A laboratory result measured on {@code date}, in the shape of evaluation's {@link LabResult}: the
 * LOINC code of a work-up test evaluation knows ({@link LabTest}), the value, its unit (one the test is
 * reported in) and the laboratory's reference limits when it gave them. The value must be plausible for
 * the test and unit (evaluation's bounds); a serum creatinine also within 0.1-25 mg/dL, the patient's
 * own bounds, since it replaces the patient's creatinine from this date.
 *
 * @param date the day the sample was taken
 * @param loinc the test, coded in LOINC; one of evaluation's work-up tests
 * @param value the result
 * @param unit the result's unit, one the test is reported in
 * @param lowerLimit the laboratory's lower reference limit, or null
 * @param upperLimit the laboratory's upper reference limit, or null
 */
@JsonTypeName("lab-result-recorded")
@API(status = EXPERIMENTAL)
public record LabResultRecorded(
    LocalDate date,
    Code loinc,
    BigDecimal value,
    String unit,
    @Nullable BigDecimal lowerLimit,
    @Nullable BigDecimal upperLimit)
    implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the sample was taken
   * @param loinc the test, coded in LOINC; one of evaluation's work-up tests
   * @param value the result
   * @param unit the result's unit, one the test is reported in
   * @param lowerLimit the laboratory's lower reference limit, or null
   * @param upperLimit the laboratory's upper reference limit, or null
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date}, {@code loinc}, {@code value}
   *     or {@code unit} when missing, {@code loinc} when not a work-up test, {@code unit} when not the test's,
   *     {@code value} when implausible
   */
  public LabResultRecorded {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    boolean complete = FactChecks.present(loinc, "loinc", problems);
    complete &= FactChecks.present(value, "value", problems);
    complete &= FactChecks.present(unit, "unit", problems);
    if (complete) {
      problems.throwIfAny();
      check(new LabResult(loinc, value, unit, lowerLimit, upperLimit), problems);
    }
    problems.throwIfAny();
  }

  /** The test, unit and value judged as evaluation reads them; the result's own structure checked first. */
  private static void check(LabResult result, Problems.Collector problems) {
    Optional<LabTest> test = LabTest.forCode(result.loinc());
    if (!problems.check(
        test.isPresent(),
        "loinc",
        "unknown-test",
        () -> result.loinc() + " is not a work-up test; known: " + Arrays.stream(LabTest.values()).map(t -> t.loinc().code()).toList())) {
      return;
    }
    LabTest t = test.get();
    Optional<String> canonical = t.canonicalUnit(result.unit());
    if (!problems.check(
        canonical.isPresent(),
        "unit",
        "unit-not-for-test",
        () -> "\"" + result.unit() + "\" is not a unit " + t.display() + " is reported in; use one of " + t.canonicalUnits())) {
      return;
    }
    problems.check(
        t.isPlausible(result.value(), result.unit()),
        "value",
        "implausible",
        () -> Inputs.show(result.value()) + " " + canonical.get() + " is not a plausible " + t.display());
    if (t == LabTest.CREATININE && problems.problems().isEmpty()) {
      try {
        creatinine(result.value(), canonical.get());
      } catch (InvalidInputException e) {
        problems.add("value", "implausible", e.problems().list().get(0).message());
      }
    }
  }

  /**
   * The work-up test this result is of.
   *
   * @return the test
   */
  public LabTest test() {
    return LabTest.forCode(loinc).orElseThrow();
  }

  /**
   * The result as evaluation reads it.
   *
   * @return the lab result
   */
  public LabResult result() {
    return new LabResult(loinc, value, unit, lowerLimit, upperLimit);
  }

  /**
   * The serum creatinine this result gives, when it is a creatinine.
   *
   * @return the creatinine, or empty for any other test
   */
  public Optional<SerumCreatinine> serumCreatinine() {
    if (test() != LabTest.CREATININE) {
      return Optional.empty();
    }
    return Optional.of(creatinine(value, test().canonicalUnit(unit).orElseThrow()));
  }

  private static SerumCreatinine creatinine(BigDecimal value, String canonicalUnit) {
    return new SerumCreatinine(value, CreatinineUnit.parse(canonicalUnit));
  }
}
