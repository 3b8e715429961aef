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
import org.painpath.core.renal.WeightBasis;

class RenalFunctionTest {

  private static Patient.Builder womanOf80() {
    return Patient.builder().age(Age.years(80)).sex(Sex.F);
  }

  @Test
  void requiring_renal_function_without_creatinine_or_weight_names_both_missing_fields() {
    Patient patient = womanOf80().build();

    Problems problems = problemsOf(() -> RenalFunction.require(patient));

    assertThat(fields(problems)).containsExactly("serumCreatinine", "weightKg");
    assertThat(codes(problems)).containsOnly("renal-function-unknown");
    assertThat(problems.list().get(0).message()).contains("Cockcroft-Gault");
    assertThat(RenalFunction.of(patient)).isEmpty();
  }

  @Test
  void requiring_renal_function_with_only_a_weight_names_the_missing_creatinine() {
    Patient patient = womanOf80().weightKg(new BigDecimal("50")).build();
    assertThat(fields(problemsOf(() -> RenalFunction.require(patient)))).containsExactly("serumCreatinine");
  }

  @Test
  void a_woman_of_80_weighing_50_kg_with_creatinine_1_2_has_a_computed_clearance_of_29_5_and_an_egfr() {
    Patient patient = womanOf80().weightKg(new BigDecimal("50")).serumCreatinine(SerumCreatinine.mgPerDl("1.2")).build();

    RenalFunction renal = RenalFunction.require(patient);

    assertThat(renal.clearance()).isEqualTo(CreatinineClearance.of("29.5"));
    assertThat(renal.source()).isEqualTo(RenalFunction.ClearanceSource.COCKCROFT_GAULT);
    assertThat(renal.weightBasis()).isEqualTo(WeightBasis.ACTUAL);
    assertThat(renal.egfr()).isEqualTo(new BigDecimal("45.8"));
    assertThat(renal.onHaemodialysis()).isFalse();
    assertThat(RenalFunction.of(patient)).contains(renal);
  }

  @Test
  void a_given_clearance_is_used_as_is_even_without_weight_or_creatinine() {
    Patient patient = womanOf80().creatinineClearance(CreatinineClearance.of(12)).onHaemodialysis(true).build();

    RenalFunction renal = RenalFunction.require(patient);

    assertThat(renal.clearance()).isEqualTo(CreatinineClearance.of(12));
    assertThat(renal.source()).isEqualTo(RenalFunction.ClearanceSource.GIVEN);
    assertThat(renal.weightBasis()).isNull();
    assertThat(renal.egfr()).isNull();
    assertThat(renal.onHaemodialysis()).isTrue();
  }

  @Test
  void a_given_clearance_below_the_computed_one_wins_but_the_egfr_is_still_computed() {
    // 35 mL/min given against a Cockcroft-Gault 29.5 would cross the 30 mL/min band edge: contradictory
    // (RenalContradictionTest); a lower given value is the safer one and is used.
    Patient patient =
        womanOf80()
            .weightKg(new BigDecimal("50"))
            .serumCreatinine(SerumCreatinine.mgPerDl("1.2"))
            .creatinineClearance(CreatinineClearance.of("25"))
            .build();

    RenalFunction renal = RenalFunction.require(patient);

    assertThat(renal.clearance()).isEqualTo(CreatinineClearance.of(25));
    assertThat(renal.egfr()).isEqualTo(new BigDecimal("45.8"));
  }
}
