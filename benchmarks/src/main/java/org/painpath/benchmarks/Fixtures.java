package org.painpath.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * Fixed inputs of the micro-benchmarks: a realistic patient (clearance computed from creatinine, two
 * current medications that the matcher must recognise) and regimens of 3 and 6 drugs.
 */
public final class Fixtures {

  /** The as-of date every benchmark checks on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private Fixtures() {}

  /**
   * 58-year-old woman, 70 kg, 165 cm, creatinine 0.9 mg/dL (Cockcroft-Gault runs on every call), taking
   * atorvastatin (a pack drug, recognised by RxNorm code) and ibuprofen (a co-medication, by name).
   */
  public static Patient patient() {
    return Patient.builder()
        .age(Age.years(58))
        .sex(Sex.F)
        .weightKg(new BigDecimal("70"))
        .heightCm(new BigDecimal("165"))
        .serumCreatinine(SerumCreatinine.mgPerDl("0.9"))
        .addCurrentMedications(
            MedicationStatement.taking(Code.rxNorm("83367", "atorvastatin 20 MG Oral Tablet")),
            MedicationStatement.taking(Code.rxNorm("5640", "Ibuprofen 400 MG Oral Tablet"), DailyDose.of("1200 mg")))
        .build();
  }

  /** The same patient without current medications (isolates the medication matcher's share). */
  public static Patient patientWithoutMedications() {
    return Patient.builder().from(patient()).currentMedications(List.of()).build();
  }

  /**
   * The same patient without weight or creatinine: renal function unknown, so the check must fail
   * closed ({@code missing-data}) for every renally dosed drug.
   */
  public static Patient patientWithoutRenalData() {
    Patient p = patient();
    return Patient.builder()
        .age(p.age())
        .sex(p.sex())
        .heightCm(p.heightCm())
        .currentMedications(p.currentMedications())
        .build();
  }

  /** Duloxetine, pregabalin and a lidocaine patch: a common combination of the pathway. */
  public static Regimen regimenOf3() {
    return Regimen.of(
        RegimenItem.of("duloxetine", "60 mg", "QD"),
        RegimenItem.of("pregabalin", "75 mg", "BID"),
        RegimenItem.of("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"));
  }

  /** Six drugs, with duplications and interactions to report (every policy has work to do). */
  public static Regimen regimenOf6() {
    return Regimen.of(
        RegimenItem.of("duloxetine", "60 mg", "QD"),
        RegimenItem.of("pregabalin", "75 mg", "BID"),
        RegimenItem.of("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"),
        RegimenItem.of("nortriptyline", "25 mg", "QHS"),
        RegimenItem.of("diclofenac-gel-1", "2 g", "QID"),
        RegimenItem.of("tramadol", "50 mg", "QID"));
  }

  /** The regimen of the given size (3 or 6). */
  public static Regimen regimenOf(int size) {
    return switch (size) {
      case 3 -> regimenOf3();
      case 6 -> regimenOf6();
      default -> throw new IllegalArgumentException("regimen size 3 or 6, was " + size);
    };
  }
}
