package org.painpath.pharmacology.internal.limits;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.EgfrReport;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.pack.Drug;

/**
 * One patient's renal function (Cockcroft-Gault and CKD-EPI in exact decimals), worked out once and
 * shared by the limits of every drug of one check; or why it cannot be known (missing, or contradicting
 * itself), reported exactly as {@link RenalFunction#require} reports it, each time a drug needs it
 * (fail closed).
 *
 * @param known the renal function, or null when it cannot be known
 * @param failure why it cannot be known (an {@link InvalidInputException} naming every missing field),
 *     or null when it is known
 */
public record RenalFunctionOnce(Patient patient, @Nullable RenalFunction known, @Nullable RuntimeException failure) {

  /** Works the renal function out now, for callers that will need it for several drugs. */
  public static RenalFunctionOnce of(Patient patient) {
    Problems missing = RenalFunction.missingData(patient);
    if (!missing.isEmpty()) {
      return new RenalFunctionOnce(patient, null, new InvalidInputException(missing));
    }
    try {
      return new RenalFunctionOnce(patient, RenalFunction.require(patient), null);
    } catch (RuntimeException e) {
      return new RenalFunctionOnce(patient, null, e); // thrown where a drug needs it, as before
    }
  }

  /**
   * Worked out now if one of the drugs has renal bands (only those ask for it: {@code RenalAdjustment}),
   * otherwise not at all: a regimen without a renally dosed drug never pays for Cockcroft-Gault.
   */
  public static RenalFunctionOnce ifNeededBy(Patient patient, Collection<Drug> drugs) {
    for (Drug drug : drugs) {
      if (drug.dosing().isPresent() && !drug.dosing().get().renalBands().isEmpty()) {
        return of(patient);
      }
    }
    return notNeeded(patient);
  }

  /** For the limits of drugs without renal bands, which never ask for it: nothing is worked out. */
  static RenalFunctionOnce notNeeded(Patient patient) {
    return new RenalFunctionOnce(patient, null, new IllegalStateException("renal function asked for a drug without renal bands"));
  }

  /**
   * Refuses (the {@link InvalidInputException} naming both fields) when the patient's kidney data
   * contradicts itself ({@link RenalFunction#contradictions}), whatever the drug's renal rule would ask
   * for next: on haemodialysis a renal rule may not need the clearance, but a contradiction still means
   * the data cannot be trusted.
   */
  public void refuseContradictions() {
    if (failure instanceof InvalidInputException refused && isContradiction(refused)) {
      throw refused;
    }
  }

  /** Whether a refusal is for contradictory kidney data (rather than missing data). */
  public static boolean isContradiction(InvalidInputException refused) {
    return refused.problems().hasCode(RenalFunction.CONTRADICTORY);
  }

  /**
   * The patient's eGFR for staging, reusing the one the renal function computed (CKD-EPI is computed at most
   * once per check), or why it is not computed.
   */
  public EgfrReport egfr() {
    RenalFunction value = known;
    return EgfrReport.of(patient, value == null ? null : value.egfr());
  }

  /** The renal function, or the refusal that says why it cannot be known. */
  public RenalFunction require() {
    RenalFunction value = known;
    if (value == null) {
      throw failure != null ? failure : new IllegalStateException("neither a renal function nor a failure");
    }
    return value;
  }
}
