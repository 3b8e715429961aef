package org.painpath.pharmacology;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.CreatinineClearance;

/** Patient fixtures for scenario tests; clearances are given directly so each band is hit exactly. */
final class Patients {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private Patients() {}

  static Patient adultWithCrcl(String crcl) {
    return aged(50, crcl);
  }

  static Patient aged(int years, String crcl) {
    return Patient.builder().age(Age.years(years)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(crcl)).build();
  }

  static Patient frail(int years, String crcl) {
    return Patient.builder().from(aged(years, crcl)).frail(true).build();
  }

  static Patient withFalls(int years, String crcl) {
    return Patient.builder().from(aged(years, crcl)).fallsHistory(true).build();
  }

  static Patient childPugh(ChildPughClass cls) {
    return Patient.builder().from(adultWithCrcl("90")).childPugh(cls).build();
  }

  static Patient onHaemodialysisWithResidualCrcl(String crcl) {
    return Patient.builder().from(adultWithCrcl(crcl)).onHaemodialysis(true).build();
  }

  static Patient onHaemodialysisWithoutResidualCrcl() {
    return Patient.builder().age(Age.years(50)).sex(Sex.M).onHaemodialysis(true).build();
  }

  static Patient withoutRenalData() {
    return Patient.builder().age(Age.years(50)).sex(Sex.F).build();
  }

  static Patient withCondition(String display) {
    return Patient.builder().from(adultWithCrcl("90")).addConditions(Code.icd10cm("X00", display)).build();
  }

  static Patient taking(Patient base, MedicationStatement... statements) {
    return Patient.builder().from(base).addAllCurrentMedications(List.of(statements)).build();
  }

  /** A medication statement recognised by its display name (the test code is not a real RxNorm code). */
  static MedicationStatement current(String display) {
    return MedicationStatement.taking(Code.rxNorm("0", display));
  }

  static MedicationStatement current(String rxcui, String display, String dailyDose) {
    return MedicationStatement.taking(Code.rxNorm(rxcui, display), DailyDose.of(dailyDose));
  }

  static MedicationStatement stoppedDaysAgo(String display, int days) {
    return MedicationStatement.stopped(Code.rxNorm("0", display), AS_OF.minusDays(days));
  }
}
