package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.internal.pack.PackLoader;

import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * Issue 12, item 1, continued: which occasion of an ingredient's schedule a finding is about (the worst
 * administration, the worst calendar day), how it is worded and located (values), and what it cites.
 */
class ScheduleOccasionsTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static List<Finding> all(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static Finding only(RegimenVerdict verdict, String code) {
    List<Finding> found = all(verdict, code);
    assertThat(found).as("exactly one %s in %s", code, verdict.findings()).hasSize(1);
    return found.get(0);
  }

  private static RegimenItem at(RegimenItem item, String... times) {
    return item.withTimes(Arrays.stream(times).map(LocalTime::parse).toList());
  }

  // -- the worst administration

  @Test
  void of_two_gabapentin_doses_above_the_single_maximum_the_larger_is_the_one_reported() {
    RegimenVerdict verdict = check(ADULT, at(item("gabapentin", "1300 mg", "QD"), "08:00"), at(item("gabapentin", "1500 mg", "QD"), "20:00"));

    Finding single = only(verdict, "max-single-dose-exceeded");
    assertThat(single.values())
        .containsEntry("singleDose", "1500 mg")
        .containsEntry("maxSingle", "1200 mg")
        .containsEntry("times", "20:00")
        .containsEntry("administrations", "gabapentin 1500 mg at 20:00");
  }

  @Test
  void of_two_equal_gabapentin_doses_above_the_single_maximum_the_first_of_the_day_is_reported() {
    RegimenVerdict verdict = check(ADULT, at(item("gabapentin", "1300 mg", "QD"), "20:00"), at(item("gabapentin", "1300 mg", "QD"), "08:00"));

    assertThat(only(verdict, "max-single-dose-exceeded").values()).containsEntry("singleDose", "1300 mg").containsEntry("times", "08:00");
  }

  @Test
  void one_oversized_gabapentin_dose_is_worded_as_a_single_dose_of_the_drug() {
    Finding single = only(check(ADULT, item("gabapentin", "1500 mg", "QHS")), "max-single-dose-exceeded");

    assertThat(single.message()).isEqualTo("a single dose of 1500 mg gabapentin is above the maximum single dose of 1200 mg.");
    assertThat(single.values()).containsEntry("administrations", "gabapentin 1500 mg at 22:00").containsEntry("cycleDays", "1");
  }

  @Test
  void a_split_bupropion_dose_names_the_doses_that_count_as_one_administration() {
    RegimenItem half = item("bupropion-sr", "150 mg", "QAM");

    Finding single = only(check(ADULT, half, half), "max-single-dose-exceeded");

    assertThat(single.message())
        .isEqualTo(
            "Doses that count as one administration (bupropion-sr 150 mg at 08:00; bupropion-sr 150 mg at 08:00): a single dose of 300 mg"
                + " bupropion-sr is above the maximum single dose of 200 mg.");
    assertThat(single.values()).containsEntry("administrations", "bupropion-sr 150 mg at 08:00; bupropion-sr 150 mg at 08:00");
  }

  @Test
  void venlafaxine_ir_taken_with_the_er_is_held_to_the_single_maximum_of_the_er_that_has_one() {
    // the IR has no labelled single maximum, the ER 225 mg (VEN-02): the one that has it binds
    RegimenVerdict verdict = check(ADULT, at(item("venlafaxine-er", "150 mg", "QD"), "08:00"), at(item("venlafaxine-ir", "100 mg", "QD"), "08:00"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding single = only(verdict, "max-single-dose-exceeded");
    assertThat(single.about()).containsExactly("venlafaxine-er", "venlafaxine-ir");
    assertThat(single.values()).containsEntry("singleDose", "250 mg").containsEntry("maxSingle", "225 mg");
    assertThat(single.citations()).extracting(Citation::fact).contains("VEN-02", "PHARM-S02");
  }

  @Test
  void bupropion_ir_too_close_to_the_sr_cites_the_sr_spacing_that_is_broken() {
    // only the SR labels a spacing (8 h, BUP-01); the IR dose before it is the other half of the pair
    RegimenVerdict verdict = check(ADULT, at(item("bupropion-ir", "50 mg", "QD"), "08:00"), at(item("bupropion-sr", "50 mg", "QD"), "12:00"));

    Finding close = only(verdict, "doses-too-close");
    assertThat(close.severity()).isEqualTo(Severity.MAJOR);
    assertThat(close.values()).containsEntry("minHoursBetweenDoses", "8").containsEntry("times", "08:00, 12:00");
    Citation srSpacing = Limits.PHARMACOLOGY.pack().drug("bupropion-sr").dosing().orElseThrow().minHoursBetweenDoses().orElseThrow().citation();
    assertThat(close.citations()).contains(srSpacing);
    assertThat(close.citations()).extracting(Citation::fact).doesNotContain("BUP-02"); // the IR's own label
  }

  // -- the worst calendar day, worded for the day

  @Test
  void a_daily_excess_of_a_one_day_schedule_is_worded_for_each_day_and_reported_once() {
    RegimenVerdict verdict = check(ADULT, item("nortriptyline", "200 mg", "QHS"));

    Finding daily = only(verdict, "max-daily-dose-exceeded");
    assertThat(daily.message())
        .isEqualTo("Each day (nortriptyline 200 mg at 22:00): nortriptyline 200 mg/day is above this patient's maximum of 150 mg/day (label maximum).");
    assertThat(daily.values()).containsEntry("day", "1").containsEntry("cycleDays", "1").containsEntry("administrations", "nortriptyline 200 mg at 22:00");
  }

  @Test
  void the_heavier_day_of_a_two_day_cycle_is_reported_with_only_that_days_doses() {
    // day 1: 50 mg every other day + 200 mg daily = 250 mg; day 2: 200 mg; both above 150 mg/day
    RegimenVerdict verdict = check(ADULT, item("nortriptyline", "200 mg", "QHS"), item("nortriptyline", "50 mg", "Q48H"));

    Finding daily = only(verdict, "max-daily-dose-exceeded");
    assertThat(daily.values())
        .containsEntry("dailyDose", "250 mg/day")
        .containsEntry("day", "1")
        .containsEntry("cycleDays", "2")
        .containsEntry("administrations", "nortriptyline 50 mg at day 1 08:00; nortriptyline 200 mg at day 1 22:00");
    assertThat(daily.message()).startsWith("Day 1 of a 2-day cycle (nortriptyline 50 mg at day 1 08:00; nortriptyline 200 mg at day 1 22:00): nortriptyline 250 mg/day");
  }

  @Test
  void a_chain_of_close_bupropion_doses_through_both_days_of_the_cycle_is_one_administration_above_the_daily_maximum() {
    // SR doses less than 8 h apart chain into one administration (PHARM-S01); with the every-other-day dose the chain
    // runs through both days: 450 mg, above the 400 mg/day maximum, though no calendar day (250, 200 mg) is
    RegimenItem daily = item("bupropion-sr", "50 mg", "QD");
    RegimenVerdict verdict =
        check(ADULT, at(daily, "00:00"), at(daily, "07:00"), at(daily, "14:00"), at(daily, "21:00"), at(item("bupropion-sr", "50 mg", "Q48H"), "08:00"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding excess = only(verdict, "max-daily-dose-exceeded");
    assertThat(excess.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(excess.values()).containsEntry("dailyDose", "450 mg/day").containsEntry("maxDaily", "400 mg/day").doesNotContainKey("day");
    assertThat(excess.message()).startsWith("Doses that count as one administration (").contains("bupropion-sr 450 mg/day is above");
    assertThat(excess.citations()).extracting(Citation::fact).contains("BUP-01", "PHARM-S01");
  }

  @Test
  void a_labelled_every_other_day_excess_names_the_day_and_its_doses() {
    RegimenVerdict verdict = check(Patients.childPugh(ChildPughClass.B), item("bupropion-sr", "200 mg", "Q48H"));

    Finding hepatic = only(verdict, "hepatic-limit-exceeded");
    assertThat(hepatic.message())
        .isEqualTo("Day 1 of a 2-day cycle (bupropion-sr 200 mg at day 1 08:00): bupropion-sr 200 mg on the day it is given is above the labelled 150 mg every other day.");
    assertThat(hepatic.values()).containsEntry("administrations", "bupropion-sr 200 mg at day 1 08:00").containsEntry("limitSource", "HEPATIC");
  }

  @Test
  void two_bupropion_formulations_every_other_day_in_child_pugh_b_are_held_together_to_the_labelled_150_mg() {
    RegimenVerdict verdict = check(Patients.childPugh(ChildPughClass.B), item("bupropion-sr", "100 mg", "Q48H"), item("bupropion-xl", "100 mg", "Q48H"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding hepatic = only(verdict, "hepatic-limit-exceeded");
    assertThat(hepatic.about()).containsExactly("bupropion-sr", "bupropion-xl");
    assertThat(hepatic.values()).containsEntry("dailyDose", "200 mg/day").containsEntry("maxEveryOtherDay", "150 mg");
    assertThat(hepatic.citations()).extracting(Citation::fact).contains("BUP-06");
  }

  // -- findings in a stable order: code, then the drugs

  @Test
  void findings_of_one_code_are_ordered_by_drug_whatever_their_wording() {
    // amitriptyline's excess is worded "Each day ...", nortriptyline's "Day 1 of a 2-day cycle ...": the drug orders them
    RegimenVerdict verdict = check(ADULT, item("nortriptyline", "300 mg", "Q48H"), item("amitriptyline", "200 mg", "QD"));

    assertThat(all(verdict, "max-daily-dose-exceeded")).extracting(Finding::about).containsExactly(List.of("amitriptyline"), List.of("nortriptyline"));
  }

  @Test
  void findings_of_one_code_and_drug_are_ordered_by_message_whatever_the_order_of_the_items() {
    RegimenItem three = item("gabapentin", "3 {tablet}", "TID");
    RegimenItem two = item("gabapentin", "2 {tablet}", "TID");

    RegimenVerdict verdict = check(ADULT, three, two);

    assertThat(all(verdict, "unit-mismatch")).extracting(f -> f.values().get("dose")).containsExactly("2 tablet", "3 tablet");
    assertThat(verdict.findings()).isEqualTo(check(ADULT, two, three).findings());
  }

  @Test
  void of_two_formulations_labelling_different_every_other_day_doses_the_lower_binds() {
    // a pack in which the XL labels 100 mg every other day in Child-Pugh B, the SR 150 mg: 125 mg together is above 100 mg
    Pharmacology pack = withXlEveryOtherDay(100);
    Patient patient = Patients.childPugh(ChildPughClass.B);
    RegimenItem sr = item("bupropion-sr", "50 mg", "Q48H");
    RegimenItem xl = item("bupropion-xl", "75 mg", "Q48H");

    for (Regimen regimen : List.of(Regimen.of(sr, xl), Regimen.of(xl, sr))) {
      RegimenVerdict verdict = pack.check(regimen, patient, Patients.AS_OF);

      assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(only(verdict, "hepatic-limit-exceeded").values()).containsEntry("dailyDose", "125 mg/day").containsEntry("maxEveryOtherDay", "100 mg");
    }
  }

  private static Pharmacology withXlEveryOtherDay(int mg) {
    ObjectNode document = PackLoader.bundledDocument();
    for (JsonNode drug : document.get("drugs")) {
      if (drug.get("name").asText().equals("bupropion-xl")) {
        for (JsonNode rule : drug.get("dosing").get("hepatic")) {
          if (rule.has("everyOtherDay")) {
            ((ObjectNode) rule.get("everyOtherDay")).put("value", mg);
          }
        }
      }
    }
    return new Pharmacology(DrugPack.fromJson(document));
  }

  // -- patches: how long they are worn

  @Test
  void two_every_other_day_lidocaine_applications_half_an_hour_short_of_a_day_apart_are_12_h_30_min_of_wear() {
    RegimenItem patch = item("lidocaine-patch-5", "1 patch", "Q48H").withWearHours(12);

    RegimenVerdict verdict = check(ADULT, at(patch, "00:00"), at(patch, "23:30"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding wear = only(verdict, "wear-time-exceeded");
    assertThat(wear.values()).containsEntry("wornPerDay", "12 h 30 min").containsEntry("maxWearHoursPerDay", "12");
    assertThat(wear.message()).startsWith("lidocaine-patch-5 is worn 12 h 30 min in 24 hours");
  }

  @Test
  void an_on_off_patch_order_that_also_gives_a_longer_wear_time_is_read_the_longer_way() {
    RegimenVerdict verdict = check(ADULT, item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF").withWearHours(14));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "wear-time-exceeded").values()).containsEntry("wornPerDay", "14 h");
    assertThat(verdict.has("unlabelled-wear-time")).isFalse();
  }

  @Test
  void the_applications_of_a_wear_time_excess_are_listed_in_time_order_whatever_the_order_of_the_items() {
    RegimenItem evening = at(item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"), "20:00");
    RegimenItem morning = at(item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"), "08:00");

    Finding wear = only(check(ADULT, evening, morning), "wear-time-exceeded");

    assertThat(wear.values()).containsEntry("applications", "lidocaine-patch-5 1 patch at 08:00; lidocaine-patch-5 1 patch at 20:00");
    assertThat(wear.message()).isEqualTo(only(check(ADULT, morning, evening), "wear-time-exceeded").message());
  }

  // -- post-dialysis supplements

  @Test
  void a_gabapentin_supplement_without_a_maintenance_dose_is_below_the_dialysis_table_and_rejected() {
    RegimenVerdict verdict = check(Patients.onHaemodialysisWithResidualCrcl("10"), item("gabapentin", "100 mg", "QD").asPostDialysisSupplement());

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding excess = only(verdict, "dialysis-supplement-exceeded");
    assertThat(excess.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(excess.values())
        .containsEntry("supplement", "100 mg")
        .containsEntry("maintenance", "0 mg/day")
        .containsEntry("maxSupplement", "none below a maintenance of 100 mg/day");
    assertThat(excess.citations()).extracting(Citation::fact).contains("GAB-R5", "PHARM-S05");
  }

  @Test
  void a_supplement_for_a_patient_not_on_haemodialysis_cites_the_drugs_dialysis_rule() {
    RegimenVerdict verdict = check(ADULT, item("gabapentin", "300 mg", "TID"), item("gabapentin", "300 mg", "QD").asPostDialysisSupplement());

    assertThat(only(verdict, "dialysis-supplement-not-applicable").citations()).extracting(Citation::fact).containsExactly("GAB-R5", "PHARM-S05");
  }
}
