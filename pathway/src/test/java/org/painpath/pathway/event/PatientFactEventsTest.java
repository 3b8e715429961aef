package org.painpath.pathway.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.evaluation.workup.LabTest;

/** Each patient-fact event is validated when it is made: every bad field named, never a NullPointerException. */
class PatientFactEventsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Code CREATININE = LabTest.CREATININE.loinc();
  private static final Code PHENELZINE = Code.rxNorm("8123", "phenelzine");
  private static final Code CKD = Code.icd10cm("N18.4", "CKD stage 4");

  @Test
  void a_creatinine_in_micromol_per_litre_gives_the_serum_creatinine_in_its_canonical_unit() {
    LabResultRecorded lab = new LabResultRecorded(DAY, CREATININE, new BigDecimal("150"), "micromol/L", null, null);

    assertThat(lab.test()).isEqualTo(LabTest.CREATININE);
    assertThat(lab.serumCreatinine()).hasValueSatisfying(c -> assertThat(c.unit()).isEqualTo(CreatinineUnit.MICROMOL_PER_L));
  }

  @Test
  void a_ck_result_with_its_laboratory_limits_is_recorded_and_is_no_creatinine() {
    LabResultRecorded ck =
        new LabResultRecorded(DAY, LabTest.CK.loinc(), new BigDecimal("900"), "U/L", new BigDecimal("30"), new BigDecimal("200"));

    assertThat(ck.serumCreatinine()).isEmpty();
    assertThat(ck.result().upper()).contains(new BigDecimal("200"));
  }

  @Test
  void a_lab_result_without_date_code_value_or_unit_names_each_missing_field() {
    assertProblems(() -> new LabResultRecorded(null, null, null, null, null, null), "date", "loinc", "value", "unit");
  }

  @Test
  void a_lab_result_coded_outside_loinc_is_refused_naming_the_system() {
    assertProblems(() -> new LabResultRecorded(DAY, Code.snomed("1", "x"), BigDecimal.ONE, "mg/dL", null, null), "loinc.system");
  }

  @Test
  void a_lab_result_of_a_test_the_work_up_does_not_know_is_refused_naming_the_code() {
    assertProblems(() -> new LabResultRecorded(DAY, Code.loinc("2345-7", "Glucose"), BigDecimal.ONE, "mg/dL", null, null), "loinc");
  }

  @Test
  void a_creatinine_in_a_unit_of_another_test_is_refused_naming_the_unit() {
    assertProblems(() -> new LabResultRecorded(DAY, CREATININE, BigDecimal.ONE, "U/L", null, null), "unit");
  }

  @Test
  void a_negative_result_is_refused_naming_the_value() {
    assertProblems(() -> new LabResultRecorded(DAY, LabTest.CK.loinc(), new BigDecimal("-1"), "U/L", null, null), "value");
  }

  @Test
  void a_creatinine_of_30_mg_per_dl_is_implausible_naming_the_value() {
    assertProblems(() -> new LabResultRecorded(DAY, CREATININE, new BigDecimal("30"), "mg/dL", null, null), "value");
  }

  @Test
  void a_lower_limit_above_the_upper_is_refused_naming_it() {
    assertProblems(
        () -> new LabResultRecorded(DAY, LabTest.CK.loinc(), BigDecimal.TEN, "U/L", new BigDecimal("300"), new BigDecimal("200")),
        "lowerLimit");
  }

  @Test
  void a_measured_clearance_is_recorded_and_a_missing_one_is_named() {
    assertThat(new CreatinineClearanceRecorded(DAY, CreatinineClearance.of(42)).creatinineClearance()).isEqualTo(CreatinineClearance.of(42));
    assertProblems(() -> new CreatinineClearanceRecorded(null, null), "date", "creatinineClearance");
  }

  @Test
  void a_weight_is_recorded_within_the_patients_plausible_range_and_refused_outside_it() {
    assertThat(new WeightRecorded(DAY, new BigDecimal("25")).weightKg()).isEqualByComparingTo("25");
    assertProblems(() -> new WeightRecorded(DAY, new BigDecimal("24.9")), "weightKg");
    assertProblems(() -> new WeightRecorded(DAY, new BigDecimal("351")), "weightKg");
    assertProblems(() -> new WeightRecorded(null, null), "date", "weightKg");
  }

  @Test
  void a_medication_started_is_taken_and_one_carrying_a_stop_date_is_refused_naming_it() {
    assertThat(new MedicationStarted(DAY, MedicationStatement.taking(PHENELZINE)).medication().isCurrent()).isTrue();
    assertProblems(() -> new MedicationStarted(DAY, MedicationStatement.stopped(PHENELZINE, DAY)), "medication.stoppedOn");
    assertProblems(() -> new MedicationStarted(null, null), "date", "medication");
  }

  @Test
  void a_medication_stopped_is_coded_in_rxnorm() {
    assertThat(new MedicationStopped(DAY, PHENELZINE).medication()).isEqualTo(PHENELZINE);
    assertProblems(() -> new MedicationStopped(DAY, Code.snomed("1", "x")), "medication.system");
    assertProblems(() -> new MedicationStopped(null, null), "date", "medication");
  }

  @Test
  void a_condition_is_recorded_or_resolved_in_icd_10_cm_or_snomed_ct_only() {
    assertThat(new ConditionRecorded(DAY, CKD).condition()).isEqualTo(CKD);
    assertThat(new ConditionResolved(DAY, Code.snomed("431855005", "CKD stage 1")).date()).isEqualTo(DAY);
    assertProblems(() -> new ConditionRecorded(DAY, Code.loinc("2160-0", "Creatinine")), "condition.system");
    assertProblems(() -> new ConditionResolved(DAY, Code.rxNorm("1", "x")), "condition.system");
    assertProblems(() -> new ConditionRecorded(null, null), "date", "condition");
    assertProblems(() -> new ConditionResolved(null, null), "date", "condition");
  }

  private static void assertProblems(ThrowingCallable make, String... fields) {
    assertThatThrownBy(make)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field()).containsExactlyInAnyOrder(fields));
  }
}
