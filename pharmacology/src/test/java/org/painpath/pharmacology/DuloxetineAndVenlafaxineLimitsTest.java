package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Limits.maxOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.quantity.DailyDose;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
class DuloxetineAndVenlafaxineLimitsTest {

  @Test
  void duloxetine_is_avoided_below_30_ml_min_and_allowed_from_30() {
    assertThat(Limits.of("duloxetine", Patients.adultWithCrcl("29.9")).avoid()).isTrue();
    assertThat(Limits.of("duloxetine", Patients.adultWithCrcl("30")).avoid()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ChildPughClass.class)
  void duloxetine_is_avoided_in_any_child_pugh_class(ChildPughClass cls) {
    DoseLimits limits = Limits.of("duloxetine", Patients.childPugh(cls));

    assertThat(limits.avoid()).isTrue();
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.citations()).anySatisfy(c -> assertThat(c.fact()).isEqualTo("DUL-05")));
  }

  @Test
  void duloxetine_on_haemodialysis_takes_the_lowest_band_and_is_avoided() {
    assertThat(Limits.of("duloxetine", Patients.onHaemodialysisWithoutResidualCrcl()).avoid()).isTrue();
  }

  @Test
  void an_older_adult_waits_two_weeks_at_30_mg_before_60_mg_of_duloxetine() {
    assertThat(Limits.of("duloxetine", Patients.aged(70, "90")).minDaysBetweenSteps()).isEqualTo(14);
    assertThat(Limits.of("duloxetine", Patients.aged(50, "90")).minDaysBetweenSteps()).isEqualTo(7);
  }

  @Test
  void duloxetine_above_60_mg_warns_of_no_added_benefit_and_above_120_mg_is_rejected() {
    var patient = Patients.adultWithCrcl("90");

    assertThat(check(patient, item("duloxetine", "60 mg", "QD")).verdict()).isEqualTo(Verdict.ACCEPTED);
    RegimenVerdict ninety = check(patient, item("duloxetine", "90 mg", "QD"));
    assertThat(ninety.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(ninety.has("no-added-benefit")).isTrue();
    RegimenVerdict tooMuch = check(patient, item("duloxetine", "75 mg", "BID"));
    assertThat(tooMuch.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(tooMuch.has("max-daily-dose-exceeded")).isTrue();
  }

  @ParameterizedTest(name = "CrCl {0} -> venlafaxine at most {1}")
  @CsvSource({"90, 225 mg/day", "70, 225 mg/day", "69.9, 168.75 mg/day", "45, 168.75 mg/day", "30, 168.75 mg/day", "29.9, 112.5 mg/day", "5, 112.5 mg/day"})
  void venlafaxine_is_reduced_by_25_percent_below_70_and_by_half_below_30(String crcl, String max) {
    assertThat(maxOf("venlafaxine-er", Patients.adultWithCrcl(crcl))).isEqualTo(max);
    assertThat(maxOf("venlafaxine-ir", Patients.adultWithCrcl(crcl))).isEqualTo(max);
  }

  @Test
  void venlafaxine_on_haemodialysis_is_halved_and_given_after_dialysis_whatever_the_residual_clearance() {
    DoseLimits limits = Limits.of("venlafaxine-er", Patients.onHaemodialysisWithoutResidualCrcl());

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg("112.5"));
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.message()).contains("after dialysis"));
  }

  @Test
  void venlafaxine_in_moderate_hepatic_impairment_is_halved_and_an_excess_is_a_hepatic_limit() {
    var patient = Patients.childPugh(ChildPughClass.B);

    assertThat(Limits.of("venlafaxine-er", patient).maxDaily()).isEqualTo(DailyDose.mg("112.5"));
    assertThat(Limits.of("venlafaxine-er", patient).maxDailySource()).isEqualTo(LimitSource.HEPATIC);
    assertThat(check(patient, item("venlafaxine-er", "150 mg", "QD")).has("hepatic-limit-exceeded")).isTrue();
  }

  @Test
  void venlafaxine_starting_dose_stays_at_the_lowest_strength_when_the_ceiling_is_reduced() {
    assertThat(Limits.of("venlafaxine-er", Patients.adultWithCrcl("20")).start().daily()).isEqualTo(DailyDose.mg("37.5"));
  }

  @Test
  void venlafaxine_225_mg_with_crcl_45_exceeds_the_renal_limit_but_not_the_label_maximum() {
    RegimenVerdict verdict = check(Patients.adultWithCrcl("45"), item("venlafaxine-er", "225 mg", "QD"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("renal-limit-exceeded")).isTrue();
    assertThat(verdict.has("max-daily-dose-exceeded")).isFalse();
  }

  @Test
  void venlafaxine_er_is_titrated_weekly_although_the_label_allows_four_days() {
    DoseLimits limits = Limits.of("venlafaxine-er", Patients.adultWithCrcl("90"));

    assertThat(limits.minDaysBetweenSteps()).isEqualTo(4);
    assertThat(limits.recommendedDaysBetweenSteps()).isEqualTo(7);
  }
}
