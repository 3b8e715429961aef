package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.limits.StartDose;
import org.painpath.pharmacology.regimen.Verdict;
class TricyclicAndTopicalLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"nortriptyline", "desipramine", "amitriptyline"})
  void every_tca_in_an_older_adult_starts_at_10_mg_at_bedtime_weekly_and_carries_the_beers_avoid_flag(String drug) {
    DoseLimits limits = Limits.of(drug, Patients.aged(70, "90"));

    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(10), Frequency.AT_BEDTIME));
    assertThat(limits.step()).contains(DailyDose.mg(10));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(7);
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("beers-avoid"));
    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(150));
  }

  @Test
  void nortriptyline_needs_no_renal_data_because_the_label_gives_no_renal_adjustment() {
    assertThat(Limits.of("nortriptyline", Patients.withoutRenalData()).maxDaily()).isEqualTo(DailyDose.mg(150));
  }

  @Test
  void nortriptyline_above_100_mg_asks_for_plasma_levels_and_above_150_mg_is_rejected() {
    var patient = Patients.adultWithCrcl("90");

    assertThat(check(patient, item("nortriptyline", "125 mg", "QHS")).has("monitor-plasma-level")).isTrue();
    assertThat(check(patient, item("nortriptyline", "175 mg", "QHS")).verdict()).isEqualTo(Verdict.REJECTED);
  }

  @Test
  void nortriptyline_75_mg_in_a_70_year_old_is_flagged_beers_avoid_and_above_the_older_adult_range() {
    RegimenVerdict verdict = check(Patients.aged(70, "90"), item("nortriptyline", "75 mg", "QHS"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(verdict.has("beers-avoid")).isTrue();
    assertThat(verdict.has("above-older-adult-range")).isTrue();
  }

  @Test
  void amitriptyline_after_an_acute_myocardial_infarction_is_contraindicated() {
    var patient = Patients.withCondition("Acute myocardial infarction, unspecified");

    assertThat(Limits.of("amitriptyline", patient).avoid()).isTrue();
    assertThat(check(patient, item("amitriptyline", "10 mg", "QHS")).verdict()).isEqualTo(Verdict.REJECTED);
  }

  @Test
  void nortriptyline_in_hepatic_impairment_is_a_caution_not_a_limit() {
    DoseLimits limits = Limits.of("nortriptyline", Patients.childPugh(ChildPughClass.B));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(150));
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("hepatic-impairment"));
  }

  @Test
  void up_to_three_lidocaine_patches_for_12_hours_a_day_and_no_more() {
    var patient = Patients.adultWithCrcl("90");

    assertThat(check(patient, item("lidocaine-patch-5", "3 patches", "12H-ON-12H-OFF")).verdict()).isNotEqualTo(Verdict.REJECTED);
    RegimenVerdict four = check(patient, item("lidocaine-patch-5", "4 patches", "12H-ON-12H-OFF"));
    assertThat(four.has("max-daily-dose-exceeded")).isTrue();
    assertThat(four.has("max-single-dose-exceeded")).isTrue();
  }

  @Test
  void diclofenac_gel_is_given_four_times_daily_and_three_times_daily_is_unlabelled() {
    var patient = Patients.adultWithCrcl("90");

    RegimenVerdict qid = check(patient, item("diclofenac-gel-1", "4 g", "QID"));
    assertThat(qid.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(qid.has("per-joint-limit")).isTrue();
    assertThat(check(patient, item("diclofenac-gel-1", "4 g", "TID")).has("unlabelled-frequency")).isTrue();
    assertThat(check(patient, item("diclofenac-gel-1", "10 g", "QID")).verdict()).isEqualTo(Verdict.REJECTED);
  }

  @Test
  void the_diclofenac_patch_is_one_patch_twice_daily() {
    var patient = Patients.adultWithCrcl("90");

    assertThat(check(patient, item("diclofenac-patch-1.3", "1 patch", "BID")).verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(check(patient, item("diclofenac-patch-1.3", "2 patches", "BID")).has("max-single-dose-exceeded")).isTrue();
  }

  @Test
  void a_dose_in_the_wrong_unit_is_a_unit_mismatch_not_a_guess() {
    RegimenVerdict verdict = check(Patients.adultWithCrcl("90"), item("lidocaine-patch-5", "700 mg", "12H-ON-12H-OFF"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("unit-mismatch")).isTrue();
  }

  @Test
  void tramadol_limits_follow_age_clearance_and_cirrhosis_but_it_is_never_titrated() {
    assertThat(Limits.of("tramadol", Patients.adultWithCrcl("90")).maxDaily()).isEqualTo(DailyDose.mg(400));
    assertThat(Limits.of("tramadol", Patients.aged(80, "90")).maxDaily()).isEqualTo(DailyDose.mg(300));
    DoseLimits renal = Limits.of("tramadol", Patients.adultWithCrcl("20"));
    assertThat(renal.maxDaily()).isEqualTo(DailyDose.mg(200));
    assertThat(renal.frequencies()).containsExactly(Frequency.TWICE_DAILY, Frequency.parse("Q12H"));
    DoseLimits cirrhosis = Limits.of("tramadol", Patients.childPugh(ChildPughClass.A));
    assertThat(cirrhosis.maxDaily()).isEqualTo(DailyDose.mg(100));
    assertThat(cirrhosis.maxSingle()).contains(Dose.mg(50));
    assertThatThrownBy(() -> Limits.PHARMACOLOGY.titrate("tramadol", Patients.adultWithCrcl("90")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("never-initiated")).isTrue());
  }

  @Test
  void statins_and_most_opioids_have_no_dosing_in_the_pack_and_say_so() {
    assertThatThrownBy(() -> Limits.of("atorvastatin", Patients.adultWithCrcl("90")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("no-dosing-rules")).isTrue());
    RegimenVerdict verdict = check(Patients.adultWithCrcl("90"), item("atorvastatin", "20 mg", "QD"));
    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(verdict.has("no-dose-limits")).isTrue();
  }
}
