package org.painpath.core.patient;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CkdEpi2021;
import org.painpath.core.renal.CockcroftGault;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.WeightBasis;

/**
 * A patient's kidney function as drug dosing needs it: the creatinine clearance used for renal
 * bands, where it came from, and the CKD-EPI 2021 eGFR for staging when a creatinine is known.
 */
public record RenalFunction(
    CreatinineClearance clearance,
    ClearanceSource source,
    @Nullable WeightBasis weightBasis,
    @Nullable BigDecimal egfr,
    boolean onHaemodialysis) {

  /** Where the clearance came from. */
  public enum ClearanceSource {
    /** Given by the caller (measured, or computed elsewhere). */
    GIVEN,
    /** Computed here by Cockcroft-Gault from age, sex, weight and serum creatinine. */
    COCKCROFT_GAULT
  }

  /**
   * The patient's renal function, or empty when it cannot be known from what was given. Callers whose
   * answer depends on a renal band use {@link #require(Patient)} instead, which fails closed.
   */
  public static Optional<RenalFunction> of(Patient patient) {
    return problemsFor(patient).isEmpty() ? Optional.of(compute(patient)) : Optional.empty();
  }

  /** The renal function, or an {@link InvalidInputException} naming every missing field. */
  public static RenalFunction require(Patient patient) {
    Problems problems = problemsFor(patient);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return compute(patient);
  }

  /**
   * What is missing for the renal function to be known: empty when it can be ({@link #of} then gives
   * it), otherwise the problems {@link #require} throws with.
   */
  public static Problems missingData(Patient patient) {
    return problemsFor(patient);
  }

  private static Problems problemsFor(Patient patient) {
    Problems.Collector problems = Problems.collector();
    if (patient.creatinineClearance().isPresent()) {
      return problems.problems();
    }
    String why = "is needed to compute creatinine clearance (Cockcroft-Gault), on which renal dose limits depend";
    problems.check(patient.serumCreatinine().isPresent(), "serumCreatinine", "renal-function-unknown", why);
    problems.check(patient.weightKg().isPresent(), "weightKg", "renal-function-unknown", why);
    return problems.problems();
  }

  private static RenalFunction compute(Patient patient) {
    boolean female = patient.sex().isFemale();
    int age = patient.age().years();
    BigDecimal egfr =
        patient.serumCreatinine().map(scr -> CkdEpi2021.egfr(age, female, scr)).orElse(null);
    Optional<CreatinineClearance> given = patient.creatinineClearance();
    if (given.isPresent()) {
      return new RenalFunction(given.get(), ClearanceSource.GIVEN, null, egfr, patient.onHaemodialysis());
    }
    WeightBasis basis = patient.clearanceWeightBasis();
    BigDecimal actual = patient.weightKg().orElseThrow();
    BigDecimal weight =
        CockcroftGault.dosingWeightKg(basis, female, actual, patient.heightCm().orElse(BigDecimal.ZERO));
    CreatinineClearance crcl =
        CockcroftGault.clearance(age, female, weight, patient.serumCreatinine().orElseThrow());
    return new RenalFunction(crcl, ClearanceSource.COCKCROFT_GAULT, basis, egfr, patient.onHaemodialysis());
  }
}
