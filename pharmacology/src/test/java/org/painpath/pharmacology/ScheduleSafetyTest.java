package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, item 1: the safety invariants stated on each ingredient's schedule, not on its items one by one. */
class ScheduleSafetyTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static Finding only(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + verdict.findings()));
  }

  private static RegimenItem at(RegimenItem item, int... hours) {
    return item.withTimes(java.util.Arrays.stream(hours).mapToObj(h -> LocalTime.of(h, 0)).toList());
  }

  // -- doses that fall together are one administration

  @Test
  void a_gabapentin_dose_split_across_three_bedtime_items_is_rejected() {
    RegimenItem third = item("gabapentin", "1200 mg", "QHS");
    RegimenVerdict verdict = check(ADULT, third, third, third);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding single = only(verdict, "max-single-dose-exceeded");
    assertThat(single.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(single.values()).containsEntry("singleDose", "3600 mg").containsEntry("maxSingle", "1200 mg").containsEntry("times", "22:00");
    assertThat(single.citations()).extracting(c -> c.fact()).contains("GAB-10", "PHARM-S01");
  }

  @Test
  void bupropion_sr_150_mg_every_morning_written_as_two_items_is_rejected_as_300_mg_at_once() {
    RegimenItem half = item("bupropion-sr", "150 mg", "QAM");
    RegimenVerdict verdict = check(ADULT, half, half);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "max-single-dose-exceeded").values()).containsEntry("singleDose", "300 mg").containsEntry("maxSingle", "200 mg");
  }

  @Test
  void two_bupropion_sr_doses_eight_hours_apart_are_two_administrations_and_accepted() {
    RegimenVerdict verdict = check(ADULT, at(item("bupropion-sr", "150 mg", "QD"), 8), at(item("bupropion-sr", "150 mg", "QD"), 16));

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("max-single-dose-exceeded")).isFalse();
    assertThat(verdict.has("doses-too-close")).isFalse();
  }

  @Test
  void two_bupropion_sr_doses_four_hours_apart_are_one_administration_and_rejected() {
    RegimenVerdict verdict = check(ADULT, at(item("bupropion-sr", "150 mg", "QD"), 8), at(item("bupropion-sr", "150 mg", "QD"), 12));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "max-single-dose-exceeded").values()).containsEntry("singleDose", "300 mg").containsEntry("times", "08:00, 12:00");
    assertThat(only(verdict, "doses-too-close").values()).containsEntry("minHoursBetweenDoses", "8");
  }

  @Test
  void two_small_bupropion_sr_doses_four_hours_apart_within_200_mg_are_only_a_pace_warning() {
    RegimenVerdict verdict = check(ADULT, at(item("bupropion-sr", "100 mg", "QD"), 8), at(item("bupropion-sr", "100 mg", "QD"), 12));

    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(only(verdict, "doses-too-close").severity()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void gabapentin_doses_either_side_of_midnight_within_the_window_are_one_administration() {
    RegimenItem late = item("gabapentin", "1000 mg", "QD").withTimes(List.of(LocalTime.of(23, 30)));
    RegimenItem early = item("gabapentin", "1000 mg", "QD").withTimes(List.of(LocalTime.of(0, 30)));

    RegimenVerdict verdict = check(ADULT, late, early);

    assertThat(only(verdict, "max-single-dose-exceeded").values()).containsEntry("singleDose", "2000 mg").containsEntry("times", "00:30, 23:30");
  }

  @Test
  void formulations_of_one_ingredient_that_coincide_are_held_to_the_lowest_single_maximum_among_them() {
    // bupropion IR allows 150 mg per dose, SR 200 mg: 100 + 100 mg at 08:00 is 200 mg, above the IR's 150
    RegimenVerdict verdict = check(ADULT, item("bupropion-sr", "100 mg", "QAM"), item("bupropion-ir", "100 mg", "QD"));

    Finding single = only(verdict, "max-single-dose-exceeded");
    assertThat(single.values()).containsEntry("singleDose", "200 mg").containsEntry("maxSingle", "150 mg");
    assertThat(single.about()).containsExactly("bupropion-ir", "bupropion-sr");
  }

  // -- the worst calendar day, never the average

  @ParameterizedTest
  @ValueSource(strings = {"nortriptyline", "amitriptyline", "desipramine"})
  void a_tricyclic_300_mg_every_other_day_is_rejected_for_the_day_it_is_given(String tca) {
    RegimenVerdict verdict = check(ADULT, item(tca, "300 mg", "Q48H"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding daily = only(verdict, "max-daily-dose-exceeded");
    assertThat(daily.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(daily.values())
        .containsEntry("dailyDose", "300 mg/day")
        .containsEntry("maxDaily", "150 mg/day")
        .containsEntry("day", "1")
        .containsEntry("cycleDays", "2")
        .containsEntry("times", "08:00");
    assertThat(daily.citations()).extracting(c -> c.fact()).contains("PHARM-S03");
  }

  @Test
  void venlafaxine_ir_450_mg_every_other_day_is_rejected_for_the_day_it_is_given() {
    RegimenVerdict verdict = check(ADULT, item("venlafaxine-ir", "450 mg", "Q48H"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "max-daily-dose-exceeded").values()).containsEntry("dailyDose", "450 mg/day").containsEntry("maxDaily", "225 mg/day");
  }

  @Test
  void bupropion_sr_200_mg_every_other_day_in_child_pugh_b_is_rejected_above_the_labelled_150_mg() {
    RegimenVerdict verdict = check(Patients.childPugh(ChildPughClass.B), item("bupropion-sr", "200 mg", "Q48H"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding hepatic = only(verdict, "hepatic-limit-exceeded");
    assertThat(hepatic.values()).containsEntry("dailyDose", "200 mg/day").containsEntry("maxEveryOtherDay", "150 mg");
    assertThat(hepatic.citations()).extracting(c -> c.fact()).contains("BUP-06");
  }

  @Test
  void bupropions_labelled_150_mg_every_other_day_in_child_pugh_b_is_accepted() {
    Patient patient = Patients.childPugh(ChildPughClass.B);

    assertThat(check(patient, item("bupropion-sr", "150 mg", "Q48H")).verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(check(patient, item("bupropion-xl", "150 mg", "Q48H")).verdict()).isNotEqualTo(Verdict.REJECTED);
  }

  @Test
  void an_every_other_day_dose_beside_a_daily_one_is_held_to_the_daily_maximum_not_the_labelled_regimen() {
    RegimenVerdict verdict = check(Patients.childPugh(ChildPughClass.B), item("bupropion-sr", "100 mg", "Q48H"), item("bupropion-sr", "50 mg", "QHS"));

    assertThat(only(verdict, "hepatic-limit-exceeded").values()).containsEntry("dailyDose", "150 mg/day").containsEntry("maxDaily", "100 mg/day");
  }

  // -- the frequency's shape must fit the formulation

  @Test
  void oral_gabapentin_with_patch_on_off_periods_is_rejected_as_an_impossible_shape() {
    RegimenVerdict verdict = check(ADULT, item("gabapentin", "300 mg", "12H-ON-12H-OFF"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding shape = only(verdict, "frequency-shape-not-allowed");
    assertThat(shape.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(shape.values()).containsEntry("frequency", "12H-ON-12H-OFF").containsEntry("doseUnit", "mg");
  }

  @Test
  void a_wear_time_on_an_oral_drug_is_rejected_as_an_impossible_shape() {
    assertThat(check(ADULT, item("duloxetine", "60 mg", "QD").withWearHours(12)).has("frequency-shape-not-allowed")).isTrue();
  }

  @Test
  void a_lidocaine_patch_once_daily_with_no_stated_wear_time_is_a_major_unlabelled_wear_time() {
    for (String frequency : List.of("QD", "Q24H")) {
      RegimenVerdict verdict = check(ADULT, item("lidocaine-patch-5", "1 patch", frequency));

      assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
      Finding wear = only(verdict, "unlabelled-wear-time");
      assertThat(wear.severity()).isEqualTo(Severity.MAJOR);
      assertThat(wear.values()).containsEntry("maxWearHoursPerDay", "12");
      assertThat(wear.citations()).extracting(c -> c.fact()).contains("LID-01");
    }
  }

  @Test
  void a_lidocaine_patch_once_daily_worn_12_hours_reads_as_12_hours_on_12_off_and_is_accepted() {
    RegimenVerdict verdict = check(ADULT, item("lidocaine-patch-5", "2 patches", "QD").withWearHours(12));

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).noneMatch(f -> f.severity() == Severity.MAJOR || f.severity() == Severity.BLOCKING);
  }

  @Test
  void a_lidocaine_patch_worn_16_hours_is_rejected_for_its_wear_time() {
    RegimenVerdict verdict = check(ADULT, item("lidocaine-patch-5", "1 patch", "QD").withWearHours(16));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "wear-time-exceeded").values()).containsEntry("wornPerDay", "16 h").containsEntry("maxWearHoursPerDay", "12");
  }

  @Test
  void three_lidocaine_applications_of_5_hours_an_hour_apart_are_15_hours_of_wear_and_are_rejected() {
    RegimenVerdict verdict = check(ADULT, at(item("lidocaine-patch-5", "1 patch", "TID").withWearHours(5), 0, 1, 2));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "wear-time-exceeded").values()).containsEntry("wornPerDay", "15 h");
  }

  @Test
  void three_lidocaine_patches_put_on_together_as_three_items_are_one_application_of_12_hours() {
    RegimenItem one = item("lidocaine-patch-5", "1 patch", "QD").withWearHours(12);
    RegimenVerdict verdict = check(ADULT, at(one, 8), at(one, 8), at(one, 8));

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).noneMatch(f -> f.code().equals("wear-time-exceeded"));
  }

  @Test
  void two_lidocaine_applications_each_12_hours_cover_the_whole_day_and_are_rejected() {
    RegimenVerdict verdict =
        check(ADULT, at(item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"), 8), at(item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"), 20));

    assertThat(only(verdict, "wear-time-exceeded").values()).containsEntry("wornPerDay", "24 h");
  }

  @Test
  void the_diclofenac_patch_every_12_hours_is_its_label_and_accepted() {
    RegimenVerdict verdict = check(ADULT, item("diclofenac-patch-1.3", "1 patch", "Q12H"));

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).extracting(Finding::code).doesNotContain("unlabelled-wear-time", "wear-time-exceeded", "unlabelled-frequency");
  }

  // -- post-dialysis supplements

  @Test
  void a_gabapentin_supplement_within_the_dialysis_table_is_accepted_and_not_added_to_the_daily_total() {
    Patient patient = Patients.onHaemodialysisWithResidualCrcl("10"); // GAB-R4: 300 x 10 / 15 = 200 mg/day
    RegimenVerdict verdict = check(patient, item("gabapentin", "200 mg", "QD"), item("gabapentin", "250 mg", "QD").asPostDialysisSupplement());

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).extracting(Finding::code).doesNotContain("renal-limit-exceeded", "max-single-dose-exceeded", "dialysis-supplement-exceeded");
  }

  @Test
  void a_gabapentin_supplement_above_the_dialysis_table_is_rejected() {
    Patient patient = Patients.onHaemodialysisWithResidualCrcl("10");
    RegimenVerdict verdict = check(patient, item("gabapentin", "200 mg", "QD"), item("gabapentin", "300 mg", "QD").asPostDialysisSupplement());

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding excess = only(verdict, "dialysis-supplement-exceeded");
    assertThat(excess.values()).containsEntry("supplement", "300 mg").containsEntry("maxSupplement", "250 mg").containsEntry("maintenance", "200 mg/day");
    assertThat(excess.citations()).extracting(c -> c.fact()).contains("GAB-R5", "PHARM-S05");
  }

  @Test
  void a_pregabalin_supplement_is_judged_against_its_own_table() {
    Patient patient = Patients.onHaemodialysisWithResidualCrcl("10");

    assertThat(check(patient, item("pregabalin", "25 mg", "QD"), item("pregabalin", "50 mg", "QD").asPostDialysisSupplement()).verdict())
        .isNotEqualTo(Verdict.REJECTED);
    assertThat(check(patient, item("pregabalin", "25 mg", "QD"), item("pregabalin", "75 mg", "QD").asPostDialysisSupplement()).has("dialysis-supplement-exceeded"))
        .isTrue();
  }

  @Test
  void a_post_dialysis_supplement_for_a_patient_not_on_haemodialysis_is_rejected() {
    RegimenVerdict verdict = check(ADULT, item("gabapentin", "300 mg", "TID"), item("gabapentin", "300 mg", "QD").asPostDialysisSupplement());

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "dialysis-supplement-not-applicable").values()).containsEntry("reason", "the patient is not on haemodialysis");
  }

  @Test
  void a_post_dialysis_supplement_of_a_drug_without_a_supplement_table_is_rejected() {
    Patient patient = Patients.onHaemodialysisWithResidualCrcl("10");

    assertThat(check(patient, item("venlafaxine-er", "37.5 mg", "QD").asPostDialysisSupplement()).has("dialysis-supplement-not-applicable")).isTrue();
  }
}
