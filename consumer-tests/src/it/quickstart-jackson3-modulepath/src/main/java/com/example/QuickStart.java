package com.example;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/** The README's quick start, in a new adopter's project: the code between the markers is the README's (a test checks it). */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    // quick-start:begin
    Patient patient = Patient.builder()
        .age(Age.years(72)).sex(Sex.F)
        .weightKg(new BigDecimal("60")).serumCreatinine(SerumCreatinine.mgPerDl("1.4"))
        .build();
    Pharmacology pharmacology = Pharmacology.bundled();

    DoseLimits limits = pharmacology.limits("pregabalin", patient);
    System.out.println("pregabalin: start " + limits.start().dose() + " " + limits.start().frequency()
        + ", at most " + limits.maxDaily());
    limits.reasons().forEach(r -> System.out.println("  because " + r.message() + " " + r.citations()));

    Regimen regimen = Regimen.of(RegimenItem.of("pregabalin", "200 mg", "BID"));
    RegimenVerdict verdict = pharmacology.check(regimen, patient, LocalDate.of(2026, 11, 25));
    System.out.println(verdict.verdict());
    verdict.findings().forEach(f -> System.out.println("  " + f.code() + ": " + f.message()));
    // quick-start:end
  }
}
