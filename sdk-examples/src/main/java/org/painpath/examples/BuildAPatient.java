package org.painpath.examples;

import java.math.BigDecimal;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.renal.SerumCreatinine;

/**
 * Builds a patient and reads their kidney function; then shows that bad input is refused with every
 * bad field named, never half-built.
 */
public final class BuildAPatient {

  private BuildAPatient() {}

  public static void main(String[] args) {
    Patient patient =
        Patient.builder()
            .age(Age.years(78))
            .sex(Sex.M)
            .weightKg(new BigDecimal("64"))
            .serumCreatinine(SerumCreatinine.mgPerDl("1.9"))
            .fallsHistory(true)
            .build();
    RenalFunction kidneys = RenalFunction.require(patient);
    System.out.println("Creatinine clearance (Cockcroft-Gault): " + kidneys.clearance());
    System.out.println("Older adult: " + patient.isOlderAdult());

    try {
      Patient.builder().age(Age.years(40)).sex(Sex.F).weightKg(new BigDecimal("900")).heightCm(new BigDecimal("20")).build();
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        System.out.println("Refused: " + p);
      }
    }
  }
}
