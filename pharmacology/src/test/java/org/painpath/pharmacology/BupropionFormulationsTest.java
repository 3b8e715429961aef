package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.limits.StartDose;
import org.painpath.pharmacology.regimen.Verdict;
class BupropionFormulationsTest {

  private static final org.painpath.core.patient.Patient ADULT = Patients.adultWithCrcl("100");

  @ParameterizedTest(name = "{0}: {1} a day, {2} a dose")
  @CsvSource({"bupropion-sr, 400 mg/day, 200 mg", "bupropion-ir, 450 mg/day, 150 mg", "bupropion-xl, 450 mg/day, 450 mg"})
  void each_formulation_has_its_own_daily_and_single_dose_ceiling(String drug, String maxDaily, String maxSingle) {
    DoseLimits limits = Limits.of(drug, ADULT);

    assertThat(limits.maxDaily().toString()).isEqualTo(maxDaily);
    assertThat(limits.maxSingle()).contains(Dose.of(maxSingle));
  }

  @Test
  void bupropion_sr_300_mg_once_daily_is_rejected_because_a_single_dose_is_above_200_mg() {
    RegimenVerdict verdict = check(ADULT, item("bupropion-sr", "300 mg", "QD"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("max-single-dose-exceeded")).isTrue();
    assertThat(verdict.has("max-daily-dose-exceeded")).isFalse();
  }

  @Test
  void bupropion_sr_150_mg_twice_daily_is_accepted_with_the_off_label_warning_only() {
    RegimenVerdict verdict = check(ADULT, item("bupropion-sr", "150 mg", "BID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(verdict.findings()).allSatisfy(f -> assertThat(f.code()).isEqualTo("off-label"));
  }

  @Test
  void bupropion_ir_450_mg_as_150_mg_three_times_daily_is_within_limits_but_warns_of_seizure_risk() {
    RegimenVerdict verdict = check(ADULT, item("bupropion-ir", "150 mg", "TID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(verdict.has("seizure-risk")).isTrue();
  }

  @Test
  void bupropion_ir_200_mg_twice_daily_is_rejected_for_its_single_dose() {
    assertThat(check(ADULT, item("bupropion-ir", "200 mg", "BID")).has("max-single-dose-exceeded")).isTrue();
  }

  @Test
  void bupropion_xl_in_moderate_hepatic_impairment_is_150_mg_every_other_day() {
    var patient = Patients.childPugh(ChildPughClass.B);
    DoseLimits limits = Limits.of("bupropion-xl", patient);

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(75));
    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(150), Frequency.EVERY_OTHER_DAY));
    assertThat(limits.frequencies()).containsExactly(Frequency.EVERY_OTHER_DAY);
    assertThat(check(patient, item("bupropion-xl", "150 mg", "Q48H")).verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(check(patient, item("bupropion-xl", "150 mg", "QD")).has("hepatic-limit-exceeded")).isTrue();
  }

  @Test
  void bupropion_sr_in_moderate_hepatic_impairment_starts_at_100_mg() {
    assertThat(Limits.of("bupropion-sr", Patients.childPugh(ChildPughClass.C)).start().daily()).isEqualTo(DailyDose.mg(100));
  }

  @Test
  void a_seizure_disorder_makes_every_formulation_contraindicated() {
    var patient = Patients.withCondition("Epilepsy, unspecified");
    for (String drug : new String[] {"bupropion-sr", "bupropion-ir", "bupropion-xl"}) {
      assertThat(Limits.of(drug, patient).avoid()).isTrue();
      assertThat(check(patient, item(drug, "150 mg", "QD")).has("contraindicated")).isTrue();
    }
  }

  @Test
  void bupropion_sr_doses_must_be_at_least_8_hours_apart() {
    assertThat(Limits.of("bupropion-sr", ADULT).minHoursBetweenDoses()).contains(8);
  }

  @Test
  void two_bupropion_formulations_together_are_a_duplication() {
    RegimenVerdict verdict = check(ADULT, item("bupropion-sr", "150 mg", "QAM"), item("bupropion-xl", "150 mg", "QAM"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has("therapeutic-duplication")).isTrue();
  }
}
