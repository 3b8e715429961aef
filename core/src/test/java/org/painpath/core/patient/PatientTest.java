package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.WeightBasis;

class PatientTest {

  @Test
  void an_empty_builder_names_every_required_field() {
    Problems problems = problemsOf(() -> Patient.builder().build());
    assertThat(fields(problems)).containsExactlyInAnyOrder("age", "sex");
    assertThat(codes(problems)).containsOnly("required");
  }

  @Test
  void an_implausible_weight_and_height_are_named_together() {
    Problems problems =
        problemsOf(
            () ->
                Patient.builder()
                    .age(Age.years(70))
                    .sex(Sex.M)
                    .weightKg(new BigDecimal("24.9"))
                    .heightCm(new BigDecimal("250.1"))
                    .build());
    assertThat(fields(problems)).containsExactly("weightKg", "heightCm");
    assertThat(codes(problems)).containsOnly("implausible");
  }

  @Test
  void measurement_problems_can_be_named_before_age_and_sex_are_known() {
    Problems problems =
        Patient.measurementProblems(
            Optional.of(new BigDecimal("-3")), Optional.of(new BigDecimal("20")), WeightBasis.ACTUAL);
    assertThat(fields(problems)).containsExactly("weightKg", "heightCm");
    assertThat(Patient.measurementProblems(Optional.empty(), Optional.empty(), WeightBasis.ADJUSTED).list())
        .extracting(p -> p.field() + " " + p.code())
        .containsExactly("heightCm required");
    assertThat(Patient.measurementProblems(Optional.of(new BigDecimal("25")), Optional.empty(), WeightBasis.ACTUAL).isEmpty())
        .isTrue();
  }

  @Test
  void the_weight_and_height_limits_themselves_are_plausible() {
    Patient light = Patient.builder().age(Age.years(70)).sex(Sex.F).weightKg(new BigDecimal("25")).heightCm(new BigDecimal("100")).build();
    Patient heavy = Patient.builder().age(Age.years(70)).sex(Sex.F).weightKg(new BigDecimal("350")).heightCm(new BigDecimal("250")).build();
    assertThat(light.weightKg()).contains(new BigDecimal("25"));
    assertThat(heavy.heightCm()).contains(new BigDecimal("250"));
  }

  @Test
  void ideal_or_adjusted_body_weight_without_a_height_names_height_cm() {
    for (WeightBasis basis : new WeightBasis[] {WeightBasis.IDEAL, WeightBasis.ADJUSTED}) {
      Problems problems =
          problemsOf(() -> Patient.builder().age(Age.years(70)).sex(Sex.F).clearanceWeightBasis(basis).build());
      assertThat(fields(problems)).containsExactly("heightCm");
      assertThat(problems.list().get(0).message()).contains(basis.name());
    }
  }

  @Test
  void unknown_facts_stay_unknown_and_flags_default_to_false() {
    Patient patient = Patient.builder().age(Age.years(64)).sex(Sex.M).build();

    assertThat(patient.weightKg()).isEmpty();
    assertThat(patient.serumCreatinine()).isEmpty();
    assertThat(patient.childPugh()).isEmpty();
    assertThat(patient.frail()).isFalse();
    assertThat(patient.fallsHistory()).isFalse();
    assertThat(patient.onHaemodialysis()).isFalse();
    assertThat(patient.clearanceWeightBasis()).isEqualTo(WeightBasis.ACTUAL);
    assertThat(patient.isOlderAdult()).isFalse();
  }

  @Test
  void a_patient_of_65_is_an_older_adult_and_one_of_64_is_not() {
    assertThat(Patient.builder().age(Age.years(65)).sex(Sex.F).build().isOlderAdult()).isTrue();
    assertThat(Age.years(64).isOlderAdult()).isFalse();
    assertThat(Age.years(75).isAtLeast(75)).isTrue();
  }

  @Test
  void conditions_match_by_system_and_code_whatever_their_display() {
    Patient patient =
        Patient.builder()
            .age(Age.years(70))
            .sex(Sex.F)
            .addConditions(Code.icd10cm("N18.4", "Chronic kidney disease, stage 4"))
            .addCurrentMedications(MedicationStatement.taking(Code.rxNorm("7052", "morphine"), DailyDose.mg(30)))
            .build();

    assertThat(patient.hasCondition(Code.icd10cm("N18.4", "CKD 4"))).isTrue();
    assertThat(patient.hasCondition(new Code(CodeSystem.SNOMED_CT, "N18.4", "CKD 4"))).isFalse();
    assertThat(patient.currentMedications().get(0).dose()).contains(DailyDose.mg(30));
  }

  @Test
  void age_must_be_adult_and_plausible() {
    assertThat(Age.years(18).years()).isEqualTo(18);
    assertThat(Age.years(120).toString()).isEqualTo("120 y");
    assertThat(codes(problemsOf(() -> Age.years(17)))).containsExactly("out-of-range");
    assertThat(fields(problemsOf(() -> Age.years(121)))).containsExactly("age");
  }

  @Test
  void age_in_completed_years_turns_on_the_birthday_and_never_reads_a_clock() {
    LocalDate born = LocalDate.of(1959, 3, 1);
    assertThat(Age.on(born, LocalDate.of(2024, 2, 29))).isEqualTo(Age.years(64));
    assertThat(Age.on(born, LocalDate.of(2024, 3, 1))).isEqualTo(Age.years(65));
  }

  @Test
  void a_birth_date_after_the_as_of_date_or_missing_dates_are_problems() {
    assertThat(codes(problemsOf(() -> Age.on(LocalDate.of(2030, 1, 1), LocalDate.of(2024, 1, 1))))).containsExactly("after-as-of");
    assertThat(fields(problemsOf(() -> Age.on(null, null)))).containsExactly("birthDate", "asOf");
  }

  @Test
  void a_medication_must_be_coded_in_rxnorm_and_is_current_until_stopped() {
    Problems problems = problemsOf(() -> MedicationStatement.taking(Code.snomed("387207008", "ibuprofen")));
    assertThat(fields(problems)).containsExactly("medication.system");
    assertThat(fields(problemsOf(() -> new MedicationStatement(null, null, null)))).containsExactly("medication");

    MedicationStatement stopped = MedicationStatement.stopped(Code.rxNorm("6011", "isocarboxazid"), LocalDate.of(2024, 5, 1));
    assertThat(stopped.isCurrent()).isFalse();
    assertThat(stopped.stopped()).contains(LocalDate.of(2024, 5, 1));
    assertThat(stopped.dose()).isEmpty();
    assertThat(MedicationStatement.taking(Code.rxNorm("6011", "isocarboxazid")).isCurrent()).isTrue();
  }
}
