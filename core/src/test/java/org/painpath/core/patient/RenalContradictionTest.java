package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

/** Kidney data that contradicts itself (issue 12): the given clearance against Cockcroft-Gault and dialysis. */
class RenalContradictionTest {

  /** A man of 70 weighing 62 kg: creatinine 4.0 mg/dL gives a Cockcroft-Gault clearance of 15 mL/min. */
  private static Patient.Builder manOf70(String creatinine) {
    return Patient.builder()
        .age(Age.years(70))
        .sex(Sex.M)
        .weightKg(new BigDecimal("62"))
        .serumCreatinine(SerumCreatinine.mgPerDl(creatinine));
  }

  @Test
  void creatinine_4_with_a_given_clearance_of_120_is_contradictory_and_names_both_fields() {
    Patient patient = manOf70("4.0").creatinineClearance(CreatinineClearance.of(120)).build();
    assertThat(RenalFunction.cockcroftGault(patient)).contains(CreatinineClearance.of("15"));

    Problems problems = problemsOf(() -> RenalFunction.require(patient));

    assertThat(fields(problems)).containsExactly("creatinineClearance", "serumCreatinine");
    assertThat(codes(problems)).containsOnly(RenalFunction.CONTRADICTORY);
    assertThat(problems.list().get(0).message()).contains("120 mL/min", "15 mL/min", "higher renal band");
    assertThat(RenalFunction.of(patient)).isEmpty();
    assertThat(RenalFunction.contradictions(patient)).isEqualTo(problems);
  }

  @Test
  void a_given_clearance_one_band_above_cockcroft_gault_is_contradictory_even_when_close() {
    // Cockcroft-Gault 29.5 (woman of 80, 50 kg, creatinine 1.2); 30 is the next band's lower edge.
    Patient patient =
        Patient.builder()
            .age(Age.years(80))
            .sex(Sex.F)
            .weightKg(new BigDecimal("50"))
            .serumCreatinine(SerumCreatinine.mgPerDl("1.2"))
            .creatinineClearance(CreatinineClearance.of(30))
            .build();

    assertThat(fields(RenalFunction.contradictions(patient))).containsExactly("creatinineClearance", "serumCreatinine");
  }

  @Test
  void a_given_clearance_more_than_30_percent_above_cockcroft_gault_within_one_band_is_contradictory() {
    // creatinine 1.0: Cockcroft-Gault 70 * 62 / 72 = 60.2; 79 crosses the venlafaxine edge at 70 (VEN-04)
    Patient crossing70 = manOf70("1.0").creatinineClearance(CreatinineClearance.of(79)).build();
    assertThat(RenalFunction.contradictions(crossing70).list().get(0).message()).contains("at or above 70 mL/min");

    // creatinine 0.5: Cockcroft-Gault 120.5; 157 is 30.3 % above it with no band edge between, 156 is 29.5 % above
    Patient farAbove = manOf70("0.5").creatinineClearance(CreatinineClearance.of(157)).build();
    assertThat(RenalFunction.contradictions(farAbove).list()).hasSize(2);
    assertThat(RenalFunction.contradictions(farAbove).list().get(0).message()).contains("more than 30 % above");

    Patient within = manOf70("0.5").creatinineClearance(CreatinineClearance.of(156)).build();
    assertThat(RenalFunction.contradictions(within).isEmpty()).isTrue();
    assertThat(RenalFunction.require(within).clearance()).isEqualTo(CreatinineClearance.of(156));
  }

  @Test
  void a_given_clearance_below_cockcroft_gault_is_the_safer_value_and_is_used() {
    Patient patient = manOf70("1.0").creatinineClearance(CreatinineClearance.of(20)).build();

    assertThat(RenalFunction.contradictions(patient).isEmpty()).isTrue();
    RenalFunction renal = RenalFunction.require(patient);
    assertThat(renal.clearance()).isEqualTo(CreatinineClearance.of(20));
    assertThat(renal.source()).isEqualTo(RenalFunction.ClearanceSource.GIVEN);
  }

  @Test
  void haemodialysis_with_a_given_clearance_of_120_is_contradictory_and_names_the_dialysis() {
    Patient patient = manOf70("4.0").creatinineClearance(CreatinineClearance.of(120)).onHaemodialysis(true).build();

    Problems problems = problemsOf(() -> RenalFunction.require(patient));

    assertThat(fields(problems)).containsExactly("creatinineClearance", "onHaemodialysis");
    assertThat(codes(problems)).containsOnly(RenalFunction.CONTRADICTORY);
  }

  @Test
  void haemodialysis_with_a_residual_clearance_of_15_is_contradictory_and_of_14_is_not() {
    Patient at15 = Patient.builder().age(Age.years(60)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(15)).onHaemodialysis(true).build();
    Patient at14 = Patient.builder().age(Age.years(60)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(14)).onHaemodialysis(true).build();

    assertThat(fields(RenalFunction.contradictions(at15))).containsExactly("creatinineClearance", "onHaemodialysis");
    assertThat(RenalFunction.contradictions(at14).isEmpty()).isTrue();
  }

  @Test
  void on_haemodialysis_the_creatinine_is_not_compared_with_a_low_residual_clearance() {
    // creatinine 0.5 would give Cockcroft-Gault 120: meaningless on dialysis, so a residual 5 is not compared
    Patient patient = manOf70("0.5").creatinineClearance(CreatinineClearance.of(5)).onHaemodialysis(true).build();

    assertThat(RenalFunction.contradictions(patient).isEmpty()).isTrue();
  }

  @Test
  void without_a_weight_the_given_clearance_cannot_be_compared_and_is_used() {
    Patient patient =
        Patient.builder()
            .age(Age.years(70))
            .sex(Sex.M)
            .serumCreatinine(SerumCreatinine.mgPerDl("4.0"))
            .creatinineClearance(CreatinineClearance.of(120))
            .build();

    assertThat(RenalFunction.cockcroftGault(patient)).isEmpty();
    assertThat(RenalFunction.contradictions(patient).isEmpty()).isTrue();
  }
}
