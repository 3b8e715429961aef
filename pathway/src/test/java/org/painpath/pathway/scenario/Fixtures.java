package org.painpath.pathway.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.statin.SamsDechallenge;
import org.painpath.evaluation.statin.SamsOnset;
import org.painpath.evaluation.statin.SamsPattern;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;

/** Patients, panels and bedside signs the scenarios start from; every value is an example, not a default. */
public final class Fixtures {

  public static final Code ATORVASTATIN = Code.rxNorm("83367", "atorvastatin");
  public static final Code ROSUVASTATIN = Code.rxNorm("301542", "rosuvastatin");

  private Fixtures() {}

  public static Patient adult(int age, Sex sex) {
    return Patient.builder()
        .age(Age.years(age))
        .sex(sex)
        .weightKg(new BigDecimal("72"))
        .serumCreatinine(SerumCreatinine.mgPerDl("0.9"))
        .build();
  }

  public static Patient onAtorvastatin(int age, Sex sex) {
    return Patient.builder().from(adult(age, sex)).addCurrentMedications(MedicationStatement.taking(ATORVASTATIN)).build();
  }

  /** An older man with reduced kidney function: CrCl by Cockcroft-Gault about 33 mL/min. */
  public static Patient olderWithReducedKidneyFunction() {
    return Patient.builder()
        .age(Age.years(78))
        .sex(Sex.M)
        .weightKg(new BigDecimal("70"))
        .serumCreatinine(SerumCreatinine.mgPerDl("1.8"))
        .build();
  }

  /** Every work-up result within its laboratory's range. */
  public static Map<LabTest, LabResult> normalPanel() {
    Map<LabTest, LabResult> results = new EnumMap<>(LabTest.class);
    put(results, LabResult.of(LabTest.TSH, "2.1", "mIU/L", "0.4", "4.0"));
    put(results, LabResult.of(LabTest.CK, "120", "U/L", "30", "200"));
    put(results, LabResult.of(LabTest.CREATININE, "0.9", "mg/dL"));
    put(results, LabResult.of(LabTest.ALT, "25", "U/L", "7", "56"));
    put(results, LabResult.of(LabTest.AST, "22", "U/L", "10", "40"));
    put(results, LabResult.of(LabTest.ALKALINE_PHOSPHATASE, "80", "U/L", "44", "147"));
    put(results, LabResult.of(LabTest.ESR, "10", "mm/h", "0", "20"));
    put(results, LabResult.of(LabTest.CRP, "3", "mg/L", "0", "5"));
    put(results, LabResult.of(LabTest.VITAMIN_D, "35", "ng/mL"));
    put(results, LabResult.of(LabTest.CALCIUM, "9.5", "mg/dL", "8.6", "10.3"));
    put(results, LabResult.of(LabTest.PHOSPHATE, "1.1", "mmol/L", "0.8", "1.5"));
    return results;
  }

  public static LabPanel panel(Map<LabTest, LabResult> results) {
    return new LabPanel(new ArrayList<>(results.values()));
  }

  public static LabPanel normal() {
    return panel(normalPanel());
  }

  public static LabPanel with(LabResult... changed) {
    Map<LabTest, LabResult> results = normalPanel();
    for (LabResult r : changed) {
      put(results, r);
    }
    return panel(results);
  }

  /** Bedside signs with nothing abnormal and nothing left unknown. */
  public static ClinicalSigns.Builder unremarkable() {
    ClinicalSigns.Builder signs = ClinicalSigns.builder();
    signs.bilateralShoulderAching(false)
        .morningStiffnessMinutes(0)
        .hipPainOrLimitedRangeOfMotion(false)
        .rheumatoidFactorOrAcpaPositive(false)
        .otherJointInvolvement(false)
        .objectiveProximalWeakness(false)
        .ckPersistentlyRaised(false)
        .weaknessPersistsAfterStoppingStatin(false)
        .darkUrineOrMyoglobinuria(false)
        .creatinineRising(false)
        .onStatin(false)
        .muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
        .longTermCorticosteroids(false);
    return signs;
  }

  public static ClinicalSigns statinMyalgia() {
    return unremarkable()
        .onStatin(true)
        .muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
        .statinSymptomPattern(SamsPattern.SYMMETRIC_HIP_FLEXOR_OR_THIGH)
        .statinSymptomOnset(SamsOnset.WITHIN_4_WEEKS)
        .statinDechallenge(SamsDechallenge.IMPROVES_WITHIN_2_WEEKS)
        .build();
  }

  private static void put(Map<LabTest, LabResult> results, LabResult result) {
    results.put(LabTest.forCode(result.loinc()).orElseThrow(), result);
  }
}
