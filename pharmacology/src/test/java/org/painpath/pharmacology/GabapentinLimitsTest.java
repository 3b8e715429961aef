package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pharmacology.Limits.maxOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.limits.StartDose;
class GabapentinLimitsTest {

  @ParameterizedTest(name = "CrCl {0} mL/min -> at most {1}")
  @CsvSource({
    "250, 3600 mg/day",
    "75, 3600 mg/day",
    "60, 3600 mg/day",
    "59.9, 1400 mg/day",
    "45, 1400 mg/day",
    "30, 1400 mg/day",
    "29.9, 700 mg/day",
    "20, 700 mg/day",
    "15, 700 mg/day",
    "14.9, 298 mg/day",
    "10, 200 mg/day",
    "7.5, 150 mg/day",
    "0, 0 mg/day"
  })
  void each_renal_band_of_the_label_gives_its_ceiling_with_edges_at_60_30_and_15(String crcl, String max) {
    assertThat(maxOf("gabapentin", Patients.adultWithCrcl(crcl))).isEqualTo(max);
  }

  @Test
  void an_adult_with_normal_clearance_starts_at_300_mg_at_bedtime_and_steps_300_mg_a_day() {
    DoseLimits limits = Limits.of("gabapentin", Patients.adultWithCrcl("90"));

    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(300), Frequency.AT_BEDTIME));
    assertThat(limits.step()).contains(DailyDose.mg(300));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(1);
    assertThat(limits.maxSingle()).contains(Dose.mg(1200));
    assertThat(limits.targetMin()).contains(DailyDose.mg(1800));
    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.LABEL);
  }

  @Test
  void crcl_45_is_dosed_twice_daily_up_to_1400_mg_with_single_doses_of_700_mg() {
    DoseLimits limits = Limits.of("gabapentin", Patients.adultWithCrcl("45"));

    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.RENAL);
    assertThat(limits.maxSingle()).contains(Dose.mg(700));
    assertThat(limits.frequencies()).doesNotContain(Frequency.THREE_TIMES_DAILY).contains(Frequency.TWICE_DAILY);
    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(200), Frequency.AT_BEDTIME));
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("renal-band"));
    assertThat(limits.maxDailyCitation().fact()).isEqualTo("GAB-R2");
  }

  @Test
  void crcl_20_is_dosed_once_daily_up_to_700_mg() {
    DoseLimits limits = Limits.of("gabapentin", Patients.adultWithCrcl("20"));

    assertThat(limits.frequencies()).containsExactly(Frequency.AT_BEDTIME, Frequency.ONCE_DAILY);
    assertThat(limits.step()).contains(DailyDose.mg(100));
  }

  @Test
  void an_older_adult_starts_at_200_mg_and_steps_no_sooner_than_every_3_days() {
    DoseLimits limits = Limits.of("gabapentin", Patients.aged(70, "90"));

    assertThat(limits.start().daily()).isEqualTo(DailyDose.mg(200));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(3);
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("older-adult"));
  }

  @Test
  void a_patient_aged_75_or_frail_starts_at_100_mg_at_bedtime_with_100_mg_steps() {
    for (var patient : java.util.List.of(Patients.aged(80, "90"), Patients.frail(50, "90"))) {
      DoseLimits limits = Limits.of("gabapentin", patient);

      assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(100), Frequency.AT_BEDTIME));
      assertThat(limits.step()).contains(DailyDose.mg(100));
      assertThat(limits.minDaysBetweenSteps()).isEqualTo(3);
    }
  }

  @Test
  void on_haemodialysis_the_residual_clearance_band_applies_and_a_post_dialysis_supplement_is_advised() {
    DoseLimits limits = Limits.of("gabapentin", Patients.onHaemodialysisWithResidualCrcl("10"));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(200));
    assertThat(limits.reasons())
        .anySatisfy(
            r -> {
              assertThat(r.code()).isEqualTo("dialysis-supplement");
              assertThat(r.values()).containsEntry("supplementAfterDialysis[300 mg/day]", "350 mg");
              assertThat(r.citations()).anySatisfy(c -> assertThat(c.fact()).isEqualTo("GAB-R5"));
            });
  }

  @Test
  void on_haemodialysis_without_a_residual_clearance_the_limits_are_refused() {
    assertThatThrownBy(() -> Limits.of("gabapentin", Patients.onHaemodialysisWithoutResidualCrcl()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().hasCode("residual-clearance-unknown")).isTrue());
  }

  @Test
  void without_creatinine_or_weight_the_limits_are_refused_naming_both_fields() {
    assertThatThrownBy(() -> Limits.of("gabapentin", Patients.withoutRenalData()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().hasField("serumCreatinine")).isTrue();
              assertThat(e.problems().hasField("weightKg")).isTrue();
            });
  }

  @Test
  void a_history_of_falls_in_an_older_adult_adds_the_beers_avoid_flag_without_making_it_contraindicated() {
    DoseLimits limits = Limits.of("gabapentin", Patients.withFalls(70, "90"));

    assertThat(limits.avoid()).isFalse();
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("beers-avoid"));
    assertThat(Limits.of("gabapentin", Patients.withFalls(60, "90")).reasons()).noneSatisfy(r -> assertThat(r.code()).isEqualTo("beers-avoid"));
  }
}
