package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs every example's {@code main}, so the examples keep compiling and keep saying what they say. */
class ExampleProgramsTest {

  @Test
  void quick_start_prints_limits_with_reasons_and_a_rejected_regimen() throws Exception {
    String out = Stdout.of(QuickStart::main);

    assertThat(out)
        .contains("pregabalin: start 25 mg BID, at most 300 mg/day")
        .contains("because CrCl 34.4 mL/min")
        .contains("PGB-R2")
        .contains("REJECTED")
        .contains("renal-limit-exceeded");
  }

  @Test
  void build_a_patient_computes_clearance_and_names_every_implausible_field() throws Exception {
    String out = Stdout.of(BuildAPatient::main);

    assertThat(out).contains("Creatinine clearance (Cockcroft-Gault): 29 mL/min").contains("Refused: weightKg").contains("Refused: heightCm");
  }

  @Test
  void ask_for_limits_shows_the_renal_band_and_refuses_without_kidney_function() throws Exception {
    String out = Stdout.of(AskForLimits::main);

    assertThat(out).contains("gabapentin maximum: 1400 mg/day (set by RENAL)").contains("Refused, not guessed").contains("renal-function-unknown");
  }

  @Test
  void plan_a_titration_steps_to_the_target_and_names_a_too_fast_proposal() throws Exception {
    String out = Stdout.of(PlanATitration::main);

    assertThat(out).contains("day 1: 10 mg/day").contains("target reached on day").contains("step-too-large").contains("step-too-soon");
  }

  @Test
  void check_a_regimen_rejects_two_snris_and_flags_the_tramadol_interaction() throws Exception {
    String out = Stdout.of(CheckARegimen::main);

    assertThat(out).contains("verdict: REJECTED").contains("therapeutic-duplication").contains("serotonin syndrome");
  }
}
