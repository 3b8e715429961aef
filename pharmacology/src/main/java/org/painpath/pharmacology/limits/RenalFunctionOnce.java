package org.painpath.pharmacology.limits;

import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * One patient's renal function, worked out (Cockcroft-Gault and CKD-EPI in exact decimals) on first
 * need and then shared by the limits of every drug of one check. Fails closed exactly as {@link
 * RenalFunction#require}. Belongs to one call on one thread; never kept beyond it.
 */
public final class RenalFunctionOnce {

  private final Patient patient;
  private @Nullable RenalFunction known;
  private @Nullable Problems missing;

  public RenalFunctionOnce(Patient patient) {
    this.patient = patient;
  }

  public Patient patient() {
    return patient;
  }

  /** The renal function, or an {@link InvalidInputException} naming every missing field. */
  public RenalFunction require() {
    RenalFunction value = known;
    if (value != null) {
      return value;
    }
    Problems problems = missing;
    if (problems == null) {
      problems = RenalFunction.missingData(patient);
      missing = problems;
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    value = RenalFunction.require(patient);
    known = value;
    return value;
  }
}
