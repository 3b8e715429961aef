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
 */
@API(status = STABLE)
public record MedicationStatement(
    Code medication, @Nullable DailyDose dailyDose, @Nullable LocalDate stoppedOn) {

  public MedicationStatement {
    if (medication == null) {
      throw new MissingValueException("medication");
    }
    if (medication.system() != CodeSystem.RXNORM) {
      throw InvalidInputException.of(
          "medication.system", "not-rxnorm", "a medication must be coded in RxNorm, was " + medication.system().label());
    }
  }

  public static MedicationStatement taking(Code medication) {
    return new MedicationStatement(medication, null, null);
  }

  public static MedicationStatement taking(Code medication, DailyDose dailyDose) {
    return new MedicationStatement(medication, dailyDose, null);
  }

  public static MedicationStatement stopped(Code medication, LocalDate stoppedOn) {
    return new MedicationStatement(medication, null, stoppedOn);
  }

  public Optional<DailyDose> dose() {
    return Optional.ofNullable(dailyDose);
  }

  public Optional<LocalDate> stopped() {
    return Optional.ofNullable(stoppedOn);
  }

  public boolean isCurrent() {
    return stoppedOn == null;
  }
}
