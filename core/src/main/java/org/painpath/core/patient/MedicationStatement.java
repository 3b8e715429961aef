package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.MissingValueException;
import org.painpath.core.quantity.DailyDose;
import org.apiguardian.api.API;

/**
 * A medication the patient takes or recently stopped, outside the regimen being checked: what
 * interaction and washout checks need (an MAOI stopped 10 days ago, an oral NSAID, an opioid and its
 * daily dose for MME). {@code stoppedOn} is empty while the patient still takes it.
 *
 * @param medication the drug, coded in RxNorm (ingredient, clinical drug or brand)
 * @param dailyDose the total daily dose when known; needed for an opioid's morphine equivalents, may be null
 *     otherwise
 * @param stoppedOn the day the patient stopped taking it, or null while still taking it
 */
@API(status = STABLE)
public record MedicationStatement(
    Code medication, @Nullable DailyDose dailyDose, @Nullable LocalDate stoppedOn) {

  /**
   * Validates the medication code.
   *
   * @param medication the drug, coded in RxNorm
   * @param dailyDose the total daily dose, or null when unknown
   * @param stoppedOn the stop date, or null while taken
   * @throws org.painpath.core.problem.MissingValueException when {@code medication} is null
   * @throws org.painpath.core.problem.InvalidInputException naming {@code medication.system} when the code is
   *     not RxNorm
   */
  public MedicationStatement {
    if (medication == null) {
      throw new MissingValueException("medication");
    }
    if (medication.system() != CodeSystem.RXNORM) {
      throw InvalidInputException.of(
          "medication.system", "not-rxnorm", "a medication must be coded in RxNorm, was " + medication.system().label());
    }
  }

  /**
   * A medication the patient takes now, dose unknown.
   *
   * @param medication the drug, coded in RxNorm
   * @return the statement
   */
  public static MedicationStatement taking(Code medication) {
    return new MedicationStatement(medication, null, null);
  }

  /**
   * A medication the patient takes now at a known total daily dose (an opioid's dose gives its morphine
   * equivalents).
   *
   * @param medication the drug, coded in RxNorm
   * @param dailyDose the total daily dose
   * @return the statement
   */
  public static MedicationStatement taking(Code medication, DailyDose dailyDose) {
    return new MedicationStatement(medication, dailyDose, null);
  }

  /**
   * A medication the patient stopped, for washout checks (e.g. an MAOI stopped fewer than 14 days ago).
   *
   * @param medication the drug, coded in RxNorm
   * @param stoppedOn the day the last dose was taken
   * @return the statement
   */
  public static MedicationStatement stopped(Code medication, LocalDate stoppedOn) {
    return new MedicationStatement(medication, null, stoppedOn);
  }

  /**
   * The total daily dose, when the caller gave it.
   *
   * @return the dose, or empty when unknown
   */
  public Optional<DailyDose> dose() {
    return Optional.ofNullable(dailyDose);
  }

  /**
   * The day the patient stopped the medication.
   *
   * @return the stop date, or empty while it is taken
   */
  public Optional<LocalDate> stopped() {
    return Optional.ofNullable(stoppedOn);
  }

  /**
   * Whether the patient still takes the medication.
   *
   * @return true when no stop date is given
   */
  public boolean isCurrent() {
    return stoppedOn == null;
  }
}
