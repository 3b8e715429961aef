package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CockcroftGault;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.WeightBasis;
import org.apiguardian.api.API;

/**
 * A patient's kidney function as drug dosing needs it: the creatinine clearance used for renal
 * bands, where it came from, and the CKD-EPI 2021 eGFR for staging when a creatinine is known.
 *
 * @param clearance the creatinine clearance (mL/min) that picks the renal dosing band
 * @param source whether the clearance was given or computed by Cockcroft-Gault
 * @param weightBasis the body weight Cockcroft-Gault used, or null for a given clearance
 * @param egfr the CKD-EPI 2021 eGFR (mL/min/1.73 m², EQ-02) for staging, or null without a creatinine; never
 *     used for dosing (EQ-03)
 * @param onHaemodialysis whether the patient is on haemodialysis
 */
@API(status = STABLE)
public record RenalFunction(
    CreatinineClearance clearance,
    ClearanceSource source,
    @Nullable WeightBasis weightBasis,
    @Nullable BigDecimal egfr,
    boolean onHaemodialysis) {

  /**
   * The code of a problem that says a given clearance contradicts the patient's other kidney data
   * ({@link #contradictions}).
   */
  public static final String CONTRADICTORY = "contradictory-renal-data";

  /**
   * Every renal band edge (mL/min) of the reference's labels: 15, 30, 60 (GAB-R0, PGB-R0), 30 (DUL-04,
   * TRA-01), 70 (VEN-04), 90 (BUP-07). A given clearance that crosses any of them upwards from
   * Cockcroft-Gault puts some drug in a higher band, so the rule does not depend on which drug is asked
   * about (DESIGN, docs/clinical-decisions.md). The pharmacology pack refuses to load a band edge not
   * listed here.
   */
  public static final List<BigDecimal> BAND_EDGES =
      List.of(new BigDecimal("15"), new BigDecimal("30"), new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("90"));

  /**
   * The code of a problem on {@code sex} that says a given clearance cannot be tested against the patient's
   * creatinine because no sex is given (Cockcroft-Gault needs it): fail closed, the given clearance is not
   * used untested ({@link #contradictions}).
   */
  public static final String SEX_NEEDED_FOR_CONTRADICTION = "sex-needed-to-test-clearance";

  /** A given clearance more than 30 % above Cockcroft-Gault is contradictory even within one band (DESIGN, EQ-03). */
  public static final BigDecimal MOST_ABOVE_COCKCROFT_GAULT = new BigDecimal("1.3");

  /**
   * On haemodialysis a given (residual) clearance must be below the lowest band edge, 15 mL/min (GAB-R0:
   * dialysis is the "&lt; 15" band); anything higher contradicts the dialysis.
   */
  public static final BigDecimal DIALYSIS_RESIDUAL_BELOW = new BigDecimal("15");

  /** Where the clearance came from. */
  public enum ClearanceSource {
    /** Given by the caller (measured, or computed elsewhere). */
    GIVEN,
    /** Computed here by Cockcroft-Gault from age, sex, weight and serum creatinine. */
    COCKCROFT_GAULT
  }

  /**
   * The patient's renal function, or empty when it cannot be known from what was given or what was
   * given contradicts itself ({@link #contradictions}). Callers whose
   * answer depends on a renal band use {@link #require(Patient)} instead, which fails closed.
   *
   * @param patient the patient
   * @return the renal function, or empty when unknown or contradictory
   */
  public static Optional<RenalFunction> of(Patient patient) {
    return problemsFor(patient).isEmpty() ? Optional.of(compute(patient)) : Optional.empty();
  }

  /**
   * The renal function, or an {@link InvalidInputException} naming every missing field, or both fields
   * of a contradiction ({@link #CONTRADICTORY}).
   *
   * @param patient the patient
   * @return the renal function
   * @throws InvalidInputException naming {@code serumCreatinine} and {@code weightKg} when missing, or both
   *     fields of a contradiction
   */
  public static RenalFunction require(Patient patient) {
    Problems problems = problemsFor(patient);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return compute(patient);
  }

  /**
   * What is missing or contradictory for the renal function to be known: empty when it can be ({@link
   * #of} then gives it), otherwise the problems {@link #require} throws with.
   *
   * @param patient the patient
   * @return the problems, empty when the renal function is known
   */
  public static Problems missingData(Patient patient) {
    return problemsFor(patient);
  }

  /**
   * Whether the given clearance contradicts the patient's other kidney data, naming both fields: on
   * haemodialysis, a given clearance of 15 mL/min or more ({@code creatinineClearance} and {@code
   * onHaemodialysis}; creatinine is not compared on dialysis); otherwise, when Cockcroft-Gault can be
   * computed from the same patient's creatinine and weight, a given clearance in a higher band than it
   * (any edge of {@link #BAND_EDGES} crossed upwards) or more than 30 % above it ({@code
   * creatinineClearance} and {@code serumCreatinine}). A given clearance below Cockcroft-Gault is not a
   * contradiction: it is the safer value and is used. Without a sex (allowed with a given clearance), a
   * given clearance and a creatinine cannot be compared: that is a problem on {@code sex} ({@link
   * #SEX_NEEDED_FOR_CONTRADICTION}), never a silent pass. Empty when nothing contradicts (also when no
   * clearance is given, or Cockcroft-Gault cannot be computed for want of a creatinine or a weight).
   *
   * @param patient the patient
   * @return the problems, each naming one field of a contradiction; empty when consistent
   */
  public static Problems contradictions(Patient patient) {
    Problems.Collector problems = Problems.collector();
    Optional<CreatinineClearance> given = patient.creatinineClearance();
    if (given.isEmpty()) {
      return problems.problems();
    }
    BigDecimal stated = given.get().mlPerMin();
    if (patient.onHaemodialysis()) {
      if (stated.compareTo(DIALYSIS_RESIDUAL_BELOW) >= 0) {
        String why = "a residual clearance of " + given.get() + " contradicts haemodialysis (on dialysis it is below "
            + DIALYSIS_RESIDUAL_BELOW.toPlainString() + " mL/min): correct creatinineClearance or onHaemodialysis";
        problems.add("creatinineClearance", CONTRADICTORY, why);
        problems.add("onHaemodialysis", CONTRADICTORY, why);
      }
      return problems.problems();
    }
    if (patient.serumCreatinine().isPresent() && patient.knownSex().isEmpty()) {
      problems.add(
          "sex",
          SEX_NEEDED_FOR_CONTRADICTION,
          "is needed to test the given creatinineClearance " + given.get() + " against serumCreatinine "
              + patient.serumCreatinine().get() + " (Cockcroft-Gault depends on sex): give sex, or leave out the creatinine");
      return problems.problems();
    }
    Optional<CreatinineClearance> computed = cockcroftGault(patient);
    if (computed.isEmpty() || stated.compareTo(computed.get().mlPerMin()) <= 0) {
      return problems.problems();
    }
    BigDecimal cg = computed.get().mlPerMin();
    Optional<BigDecimal> crossed = BAND_EDGES.stream().filter(e -> cg.compareTo(e) < 0 && stated.compareTo(e) >= 0).findFirst();
    boolean tooFarAbove = stated.compareTo(cg.multiply(MOST_ABOVE_COCKCROFT_GAULT)) > 0;
    if (crossed.isPresent() || tooFarAbove) {
      String why = "the given clearance " + given.get() + " is "
          + crossed.map(e -> "in a higher renal band (at or above " + e.toPlainString() + " mL/min) than").orElse("more than 30 % above")
          + " the Cockcroft-Gault clearance " + computed.get() + " from serumCreatinine " + patient.serumCreatinine().orElseThrow()
          + ": correct creatinineClearance or serumCreatinine (a lower given clearance would be used)";
      problems.add("creatinineClearance", CONTRADICTORY, why);
      problems.add("serumCreatinine", CONTRADICTORY, why);
    }
    return problems.problems();
  }

  /**
   * Cockcroft-Gault from the patient's creatinine, weight (on the patient's weight basis), age and sex,
   * whether or not a clearance is also given; empty without a creatinine, a weight or a sex (never
   * computed with a guessed sex).
   *
   * @param patient the patient
   * @return the Cockcroft-Gault clearance (EQ-01, EQ-04), or empty without a creatinine, a weight or a sex
   */
  public static Optional<CreatinineClearance> cockcroftGault(Patient patient) {
    if (patient.serumCreatinine().isEmpty() || patient.weightKg().isEmpty() || patient.knownSex().isEmpty()) {
      return Optional.empty();
    }
    boolean female = patient.knownSex().get().isFemale();
    WeightBasis basis = patient.clearanceWeightBasis();
    BigDecimal weight =
        CockcroftGault.dosingWeightKg(basis, female, patient.weightKg().get(), patient.heightCm().orElse(BigDecimal.ZERO));
    return Optional.of(CockcroftGault.clearance(patient.age().years(), female, weight, patient.serumCreatinine().get()));
  }

  private static Problems problemsFor(Patient patient) {
    Problems.Collector problems = Problems.collector();
    if (patient.creatinineClearance().isPresent()) {
      return problems.addAll(contradictions(patient)).problems();
    }
    String why = "is needed to compute creatinine clearance (Cockcroft-Gault), on which renal dose limits depend";
    problems.check(patient.serumCreatinine().isPresent(), "serumCreatinine", "renal-function-unknown", why);
    problems.check(patient.weightKg().isPresent(), "weightKg", "renal-function-unknown", why);
    problems.check(patient.knownSex().isPresent(), "sex", "renal-function-unknown", why); // a built patient has one here
    return problems.problems();
  }

  private static RenalFunction compute(Patient patient) {
    BigDecimal egfr = EgfrReport.of(patient).egfr().orElse(null); // without a sex or creatinine: not computed
    Optional<CreatinineClearance> given = patient.creatinineClearance();
    if (given.isPresent()) {
      return new RenalFunction(given.get(), ClearanceSource.GIVEN, null, egfr, patient.onHaemodialysis());
    }
    CreatinineClearance crcl = cockcroftGault(patient).orElseThrow();
    return new RenalFunction(
        crcl, ClearanceSource.COCKCROFT_GAULT, patient.clearanceWeightBasis(), egfr, patient.onHaemodialysis());
  }
}
