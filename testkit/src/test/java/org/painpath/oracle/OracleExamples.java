package org.painpath.oracle;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;

/** Concrete cases of each adversarial class, from issue 12's list of inputs accepted today. */
final class OracleExamples {

  private OracleExamples() {}

  /** A man of 50, 80 kg, creatinine 1.0 mg/dL: Cockcroft-Gault 100 mL/min, no other condition. */
  static Patient.Builder adult() {
    return Patient.builder().age(Age.years(50)).sex(Sex.M).weightKg(new BigDecimal("80")).serumCreatinine(SerumCreatinine.mgPerDl("1.0"));
  }

  static OracleCase of(Patient patient, RegimenItem... items) {
    return new OracleCase(Regimen.of(items), patient, OracleCases.AS_OF);
  }

  static RegimenItem item(String drug, String dose, String frequency, String... times) {
    RegimenItem item = RegimenItem.of(drug, dose, frequency);
    return times.length == 0 ? item : item.withTimes(java.util.Arrays.stream(times).map(LocalTime::parse).toList());
  }

  /** Per class: inputs over a limit by the reference; the gap's inputs are the ones the issue lists. */
  static final Map<OracleScope, List<OracleCase>> OVER_A_LIMIT =
      Map.ofEntries(
          Map.entry(
              OracleScope.SPLIT_ITEMS,
              List.of(of(adult().build(), item("gabapentin", "1200 mg", "TID"), item("gabapentin", "600 mg", "QD", "11:00")))),
          Map.entry(
              OracleScope.MIXED_UNITS,
              List.of(of(adult().build(), item("gabapentin", "1.3 g", "TID"), item("gabapentin", "200000 ug", "QD", "11:00")))),
          Map.entry(
              OracleScope.MISSING_KIDNEY_DATA,
              List.of(of(adult().weightKg(java.util.Optional.empty()).build(), item("gabapentin", "300 mg", "QHS")))),
          Map.entry(
              OracleScope.COINCIDING_DOSES,
              List.of(
                  of(adult().build(), item("gabapentin", "1200 mg", "QHS"), item("gabapentin", "1200 mg", "QHS"), item("gabapentin", "1200 mg", "QHS")),
                  of(adult().build(), item("bupropion-sr", "150 mg", "QAM"), item("bupropion-sr", "150 mg", "QAM")))),
          Map.entry(
              OracleScope.ACROSS_FORMULATIONS,
              List.of(
                  of(adult().build(), item("bupropion-sr", "200 mg", "BID", "08:00", "20:00"), item("bupropion-ir", "150 mg", "TID", "11:00", "14:30", "23:00")),
                  of(adult().build(), item("venlafaxine-er", "225 mg", "QD"), item("venlafaxine-ir", "75 mg", "BID", "12:00", "21:00")))),
          Map.entry(
              OracleScope.CLOSE_SPACING,
              List.of(of(adult().build(), item("bupropion-sr", "150 mg", "BID", "08:00", "10:00")))),
          Map.entry(
              OracleScope.EVERY_OTHER_DAY,
              List.of(
                  of(adult().build(), item("nortriptyline", "300 mg", "Q48H")),
                  of(adult().build(), item("amitriptyline", "300 mg", "Q48H")),
                  of(adult().build(), item("desipramine", "300 mg", "Q48H")),
                  of(adult().build(), item("venlafaxine-ir", "450 mg", "Q48H")),
                  of(adult().childPugh(ChildPughClass.B).build(), item("bupropion-sr", "200 mg", "Q48H")))),
          Map.entry(
              OracleScope.PATCH_SHAPE,
              List.of(
                  of(adult().build(), item("gabapentin", "300 mg", "12H-ON-12H-OFF")),
                  of(adult().build(), item("lidocaine-patch-5", "1 patch", "QD").withWearHours(24)),
                  of(adult().build(), item("lidocaine-patch-5", "1 patch", "Q24H").withWearHours(18)))),
          Map.entry(
              OracleScope.KIDNEY_CONTRADICTION,
              List.of(
                  of(adult().serumCreatinine(SerumCreatinine.mgPerDl("4.0")).creatinineClearance(CreatinineClearance.of(120)).build(), item("gabapentin", "1200 mg", "TID")),
                  of(adult().onHaemodialysis(true).creatinineClearance(CreatinineClearance.of(120)).build(), item("gabapentin", "1200 mg", "TID")))),
          Map.entry(
              OracleScope.OPIOID_NEW,
              List.of(
                  of(adult().build(), item("morphine", "200 mg", "QD")),
                  of(adult().build(), item("oxycodone", "1000 mg", "QID")),
                  of(adult().build(), item("morphine", "1 tablet", "QD")),
                  of(
                      adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("7052", "morphine"), DailyDose.of("30 mg"))).build(),
                      item("morphine", "30 mg", "BID")))),
          Map.entry(
              OracleScope.LOOKALIKE_NAMES,
              List.of(
                  of(adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("900001", "Nardil 15 mg"))).build(), item("duloxetine", "60 mg", "QD")),
                  of(adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("900002", "phenelz\u0456ne 15 mg"))).build(), item("duloxetine", "60 mg", "QD")))));

  /**
   * Inputs within every limit by the reference, labelled exceptions among them: the oracle must find
   * nothing here (it would otherwise fail a correct SDK).
   */
  static final List<OracleCase> WITHIN_LIMITS =
      List.of(
          of(adult().build(), item("gabapentin", "600 mg", "TID")),
          of(adult().build(), item("gabapentin", "1200 mg", "TID")),
          of(adult().build(), item("gabapentin", "1200 mg", "TID"), item("pregabalin", "300 mg", "BID")),
          of(adult().build(), item("diclofenac-patch-1.3", "1 patch", "Q12H")),
          of(adult().build(), item("diclofenac-gel-1", "4 g", "QID"), item("diclofenac-gel-1", "4000 mg", "QID", "09:00", "13:00", "17:00", "21:00")),
          of(adult().build(), item("lidocaine-patch-5", "3 patches", "12H-ON-12H-OFF")),
          of(adult().build(), item("lidocaine-patch-5", "3 patches", "QD").withWearHours(12)),
          of(adult().build(), item("lidocaine-patch-5", "1 patch", "QD")),
          of(adult().build(), item("bupropion-sr", "150 mg", "BID")),
          of(adult().build(), item("bupropion-sr", "100 mg", "BID", "08:00", "10:00")),
          of(adult().childPugh(ChildPughClass.B).build(), item("bupropion-xl", "150 mg", "Q48H")),
          of(adult().childPugh(ChildPughClass.C).build(), item("bupropion-sr", "150 mg", "Q48H")),
          of(adult().build(), item("nortriptyline", "150 mg", "QHS")),
          of(adult().build(), item("nortriptyline", "150 mg", "Q48H")),
          of(adult().build(), item("venlafaxine-er", "150 mg", "QD"), item("venlafaxine-ir", "37.5 mg", "BID", "12:00", "21:00")),
          of(adult().creatinineClearance(CreatinineClearance.of(50)).build(), item("venlafaxine-er", "150 mg", "QD")),
          of(adult().creatinineClearance(CreatinineClearance.of(70)).build(), item("venlafaxine-er", "225 mg", "QD")),
          of(
              adult().onHaemodialysis(true).creatinineClearance(CreatinineClearance.of(10)).build(),
              item("gabapentin", "200 mg", "QD"),
              item("gabapentin", "250 mg", "QD", "14:00").asPostDialysisSupplement()),
          of(adult().serumCreatinine(SerumCreatinine.mgPerDl("2.0")).creatinineClearance(CreatinineClearance.of(20)).build(), item("gabapentin", "300 mg", "BID")),
          of(
              adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("7052", "morphine"), DailyDose.of("60 mg"))).build(),
              item("morphine", "30 mg", "BID")),
          of(
              adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("7052", "morphine"), DailyDose.of("60 mg"))).build(),
              item("morphine", "10 mg", "BID")),
          of(adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("7804", "oxycodone"))).build(), item("oxycodone", "20 mg", "BID")),
          of(
              adult().addCurrentMedications(MedicationStatement.stopped(Code.rxNorm("900003", "phenelzine"), OracleCases.AS_OF.minusDays(14))).build(),
              item("duloxetine", "60 mg", "QD")),
          of(adult().addCurrentMedications(MedicationStatement.taking(Code.rxNorm("900004", "phenelzyne 15 mg"))).build(), item("duloxetine", "60 mg", "QD")));
}
