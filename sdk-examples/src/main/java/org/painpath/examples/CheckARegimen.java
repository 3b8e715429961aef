package org.painpath.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * Checks a proposed regimen against everything the patient already takes: interactions, washouts,
 * duplication, ceilings. Each finding carries its severity, values and citations.
 */
public final class CheckARegimen {

  /** The date the check is made on; an application passes its own "today". */
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private CheckARegimen() {}

  public static void main(String[] args) {
    Patient patient =
        Patient.builder()
            .age(Age.years(58))
            .sex(Sex.F)
            .weightKg(new BigDecimal("70"))
            .serumCreatinine(SerumCreatinine.mgPerDl("0.8"))
            .currentMedications(List.of(MedicationStatement.taking(Code.rxNorm("10689", "tramadol"))))
            .build();
    Regimen regimen =
        Regimen.of(RegimenItem.of("duloxetine", "60 mg", "QD"), RegimenItem.of("venlafaxine-er", "75 mg", "QD"));

    RegimenVerdict verdict = Pharmacology.bundled().check(regimen, patient, AS_OF);
    System.out.println("verdict: " + verdict.verdict());
    for (Finding f : verdict.findings()) {
      System.out.println("  [" + f.severity() + "] " + f.code() + " " + f.about() + ": " + f.message());
      System.out.println("      values " + f.values() + ", cited " + f.citations());
    }
  }
}
