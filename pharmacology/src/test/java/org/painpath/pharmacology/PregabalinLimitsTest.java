package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.maxOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.limits.StartDose;
class PregabalinLimitsTest {

  @ParameterizedTest(name = "CrCl {0}, {1} -> at most {2}")
  @CsvSource({
    "90, DPN_LIKE, 300 mg/day",
    "90, FIBROMYALGIA_LIKE, 450 mg/day",
    "90, OTHER, 600 mg/day",
    "60, OTHER, 600 mg/day",
    "59.9, OTHER, 300 mg/day",
    "45, DPN_LIKE, 150 mg/day",
    "45, FIBROMYALGIA_LIKE, 225 mg/day",
    "45, OTHER, 300 mg/day",
    "30, OTHER, 300 mg/day",
    "29.9, OTHER, 150 mg/day",
    "20, DPN_LIKE, 75 mg/day",
    "20, FIBROMYALGIA_LIKE, 150 mg/day",
    "15, OTHER, 150 mg/day",
    "14.9, OTHER, 75 mg/day",
    "10, DPN_LIKE, 50 mg/day",
    "10, FIBROMYALGIA_LIKE, 75 mg/day",
    "10, OTHER, 75 mg/day"
  })
  void the_ceiling_depends_on_indication_and_renal_band_with_60_and_30_in_the_higher_band(String crcl, Indication indication, String max) {
    assertThat(maxOf("pregabalin", Patients.adultWithCrcl(crcl), indication)).isEqualTo(max);
  }

  @Test
  void pregabalin_for_a_patient_with_crcl_45_is_capped_at_300_mg_a_day_and_starts_at_75_mg_a_day() {
    DoseLimits limits = Limits.of("pregabalin", Patients.adultWithCrcl("45"));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(300));
    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(25), Frequency.THREE_TIMES_DAILY));
    assertThat(limits.maxDailyCitation().fact()).isEqualTo("PGB-R2");
  }

  @Test
  void a_dpn_like_indication_is_capped_at_300_by_the_indication_not_the_label_maximum() {
    DoseLimits limits = Limits.of("pregabalin", Patients.adultWithCrcl("90"), Indication.DPN_LIKE);

    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.INDICATION);
    assertThat(limits.maxDailyCitation().fact()).isEqualTo("PGB-01");
    assertThat(limits.targetMax()).contains(DailyDose.mg(300));
  }

  @Test
  void more_than_300_mg_a_day_requires_14_days_at_300_first() {
    DoseLimits limits = Limits.of("pregabalin", Patients.adultWithCrcl("90"));

    assertThat(limits.holds()).singleElement().satisfies(h -> {
      assertThat(h.atDaily()).isEqualTo(DailyDose.mg(300));
      assertThat(h.days()).isEqualTo(14);
    });
  }

  @Test
  void an_older_adult_starts_at_50_mg_a_day_in_50_mg_weekly_steps() {
    DoseLimits limits = Limits.of("pregabalin", Patients.aged(72, "90"));

    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(25), Frequency.TWICE_DAILY));
    assertThat(limits.step()).contains(DailyDose.mg(50));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(7);
  }

  @Test
  void below_15_ml_min_only_once_daily_dosing_is_labelled() {
    assertThat(Limits.of("pregabalin", Patients.adultWithCrcl("10")).frequencies()).containsExactly(Frequency.ONCE_DAILY);
  }

  @Test
  void hepatic_impairment_needs_no_pregabalin_adjustment() {
    assertThat(Limits.of("pregabalin", Patients.childPugh(org.painpath.core.patient.ChildPughClass.C)).maxDaily()).isEqualTo(DailyDose.mg(600));
  }

  @Test
  void haemodialysis_advises_a_supplement_after_each_session() {
    DoseLimits limits = Limits.of("pregabalin", Patients.onHaemodialysisWithResidualCrcl("10"));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(75));
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.message()).contains("supplemental dose"));
  }
}
