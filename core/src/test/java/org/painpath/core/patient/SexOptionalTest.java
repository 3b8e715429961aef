package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

/** Issue 15: sex is not required when a creatinine clearance is given, except to test it against a creatinine. */
class SexOptionalTest {

  private static Patient.Builder withClearanceNoSex(String crcl) {
    return Patient.builder().age(Age.years(70)).creatinineClearance(CreatinineClearance.of(crcl));
  }

  @Test
  void a_patient_with_a_given_clearance_needs_no_sex_and_uses_the_clearance_as_given() {
    Patient patient = withClearanceNoSex("42").build();

    assertThat(patient.knownSex()).isEmpty();
    RenalFunction renal = RenalFunction.require(patient);
    assertThat(renal.clearance()).isEqualTo(CreatinineClearance.of("42"));
    assertThat(renal.source()).isEqualTo(RenalFunction.ClearanceSource.GIVEN);
    assertThat(renal.egfr()).isNull();
    assertThat(EgfrReport.of(patient).notComputed()).contains(EgfrReport.NotComputed.NO_SERUM_CREATININE);
  }

  @Test
  void the_old_sex_accessor_names_sex_when_none_was_given() {
    Problems problems = problemsOf(() -> withClearanceNoSex("42").build().sex());
    assertThat(fields(problems)).containsExactly("sex");
    assertThat(codes(problems)).containsExactly("required");
  }

  @Test
  void without_sex_and_without_a_given_clearance_the_patient_is_refused_naming_sex() {
    Problems problems =
        problemsOf(() -> Patient.builder().age(Age.years(70)).weightKg(new BigDecimal("70")).serumCreatinine(SerumCreatinine.mgPerDl("1.0")).build());
    assertThat(fields(problems)).containsExactly("sex");
    assertThat(codes(problems)).containsExactly("required");
    // with a missing age and an implausible weight, all named at once
    assertThat(fields(problemsOf(() -> Patient.builder().weightKg(new BigDecimal("5")).build())))
        .containsExactlyInAnyOrder("age", "sex", "weightKg");
  }

  @Test
  void a_given_clearance_and_a_creatinine_without_sex_cannot_be_compared_and_fail_closed_naming_sex() {
    Patient patient = withClearanceNoSex("120").weightKg(new BigDecimal("62")).serumCreatinine(SerumCreatinine.mgPerDl("4.0")).build();

    Problems problems = problemsOf(() -> RenalFunction.require(patient));

    assertThat(fields(problems)).containsExactly("sex");
    assertThat(codes(problems)).containsExactly(RenalFunction.SEX_NEEDED_FOR_CONTRADICTION);
    assertThat(problems.list().get(0).message()).contains("120 mL/min", "4.0 mg/dL");
    assertThat(RenalFunction.of(patient)).isEmpty();
    assertThat(RenalFunction.cockcroftGault(patient)).isEmpty();
    assertThat(EgfrReport.of(patient).notComputed()).contains(EgfrReport.NotComputed.NO_SEX);
    assertThat(EgfrReport.of(patient).toString()).contains("not computed", "no sex");
  }

  @Test
  void on_haemodialysis_the_creatinine_is_not_compared_so_no_sex_is_needed() {
    Patient patient = withClearanceNoSex("8").serumCreatinine(SerumCreatinine.mgPerDl("6.0")).onHaemodialysis(true).build();
    assertThat(RenalFunction.require(patient).clearance()).isEqualTo(CreatinineClearance.of("8"));
  }

  @Test
  void with_sex_the_egfr_is_computed_for_staging_and_never_for_dosing() {
    Patient patient =
        Patient.builder().age(Age.years(60)).sex(Sex.F).weightKg(new BigDecimal("70")).serumCreatinine(SerumCreatinine.mgPerDl("1.0")).build();
    EgfrReport report = EgfrReport.of(patient);

    assertThat(report.computed()).isTrue();
    assertThat(report.egfr()).contains(new BigDecimal(RenalFunction.require(patient).egfr().toPlainString()));
    assertThat(report.usedForDosing()).isFalse();
    assertThat(report.citations()).extracting(c -> c.fact()).containsExactly("EQ-02", "EQ-03");
    assertThat(report.toString()).contains("mL/min/1.73 m2", "not used for dosing");
  }

  @Test
  void json_reads_a_patient_without_sex_when_a_clearance_is_given_and_names_sex_otherwise() {
    Patient patient = PainpathJson.read("{\"age\": 70, \"creatinineClearance\": 42}", Patient.class);
    assertThat(patient.knownSex()).isEmpty();
    assertThat(PainpathJson.read(PainpathJson.write(patient), Patient.class)).isEqualTo(patient);

    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"age\": 70}", Patient.class)))).containsExactly("sex");
    Patient withSex = PainpathJson.read("{\"age\": 70, \"sex\": \"F\"}", Patient.class);
    assertThat(PainpathJson.write(withSex)).contains("\"age\":70", "\"sex\":\"F\"");
  }
}
