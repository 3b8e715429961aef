package org.painpath.examples;

import java.math.BigDecimal;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.Pharmacology;

/**
 * Asks for a patient's limits of a renally cleared drug, with the reasons behind each adjustment; and
 * shows that without kidney function the SDK refuses rather than guesses.
 */
public final class AskForLimits {

  private AskForLimits() {}

  public static void main(String[] args) {
    Pharmacology pharmacology = Pharmacology.bundled();
    Patient patient =
        Patient.builder().age(Age.years(66)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(45)).build();

    DoseLimits limits = pharmacology.limits("gabapentin", patient, Indication.OTHER);
    System.out.println("gabapentin start: " + limits.start().dose() + " " + limits.start().frequency());
    System.out.println("gabapentin maximum: " + limits.maxDaily() + " (set by " + limits.maxDailySource() + ")");
    for (Finding reason : limits.reasons()) {
      System.out.println("  " + reason.code() + ": " + reason.message() + " " + reason.citations());
    }

    Patient unknownKidneys = Patient.builder().age(Age.years(66)).sex(Sex.F).build();
    try {
      pharmacology.limits("gabapentin", unknownKidneys);
    } catch (InvalidInputException e) {
      System.out.println("Refused, not guessed: " + e.problems());
    }
  }
}
