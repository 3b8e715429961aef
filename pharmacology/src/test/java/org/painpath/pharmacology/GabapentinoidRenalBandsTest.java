package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.limits.StartDose;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * Each renal band of gabapentin (GAB-R1..R4) and pregabalin (PGB-R1..R4) answered the same way by all
 * three questions: the limits name the band, the titration never leaves it, and the check accepts a
 * regimen at the band's ceiling and rejects one above it.
 */
class GabapentinoidRenalBandsTest {

  private static final Pharmacology PHARMACOLOGY = Limits.PHARMACOLOGY;

  @ParameterizedTest(name = "{0} at CrCl {1}: {2}, at most {3}; {4} {5} accepted, {6} {7} rejected as {8}")
  @CsvSource({
    "gabapentin, 90, GAB-R1, 3600 mg/day, 1200 mg, TID, 1300 mg, TID, max-daily-dose-exceeded",
    "gabapentin, 45, GAB-R2, 1400 mg/day, 700 mg, BID, 800 mg, BID, renal-limit-exceeded",
    "gabapentin, 20, GAB-R3, 700 mg/day, 700 mg, QD, 400 mg, BID, renal-limit-exceeded",
    "gabapentin, 10, GAB-R4, 200 mg/day, 200 mg, QD, 300 mg, QD, renal-limit-exceeded",
    "pregabalin, 90, PGB-R1, 600 mg/day, 300 mg, BID, 250 mg, TID, max-daily-dose-exceeded",
    "pregabalin, 45, PGB-R2, 300 mg/day, 150 mg, BID, 175 mg, BID, renal-limit-exceeded",
    "pregabalin, 20, PGB-R3, 150 mg/day, 75 mg, BID, 100 mg, BID, renal-limit-exceeded",
    "pregabalin, 10, PGB-R4, 75 mg/day, 75 mg, QD, 100 mg, QD, renal-limit-exceeded"
  })
  void limits_titration_and_check_agree_on_the_band(
      String drug, String crcl, String band, String max, String okDose, String okFrequency, String highDose, String highFrequency, String excess) {
    Patient patient = Patients.adultWithCrcl(crcl);

    DoseLimits limits = PHARMACOLOGY.limits(drug, patient);
    assertThat(limits.maxDaily()).hasToString(max);
    assertThat(limits.reasons()).anySatisfy(r -> {
      assertThat(r.code()).isEqualTo("renal-band");
      assertThat(r.values()).containsEntry("maxDaily", max);
    });
    assertThat(limits.citations()).anySatisfy(c -> assertThat(c.fact()).isEqualTo(band));

    TitrationSchedule schedule = PHARMACOLOGY.titrate(drug, patient);
    assertThat(schedule.steps()).isNotEmpty().allSatisfy(step -> {
      assertThat(step.dailyTotal()).isLessThanOrEqualTo(limits.maxDaily());
      assertThat(limits.allows(step.frequency())).as("day %s frequency %s", step.day(), step.frequency()).isTrue();
      limits.maxSingle().ifPresent(single -> assertThat(step.schedule().doses()).extracting(TimedDose::dose).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(single)));
    });
    assertThat(PHARMACOLOGY.validate(schedule, patient)).isEmpty();

    assertThat(Limits.check(patient, Limits.item(drug, okDose, okFrequency)).verdict()).isNotEqualTo(Verdict.REJECTED);
    RegimenVerdict high = Limits.check(patient, Limits.item(drug, highDose, highFrequency));
    assertThat(high.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(high.has(excess)).as("%s", high.findings()).isTrue();
  }

  @Test
  void a_72_year_old_with_crcl_34_gets_pregabalin_25_mg_bid_in_weekly_50_mg_steps_up_to_300_mg() {
    Patient patient = Patients.aged(72, "34");

    DoseLimits limits = PHARMACOLOGY.limits("pregabalin", patient);
    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(25), Frequency.TWICE_DAILY));
    assertThat(limits.step()).contains(DailyDose.mg(50));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(7);
    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(300));
    assertThat(limits.maxDailyCitation().fact()).isEqualTo("PGB-R2");

    TitrationSchedule schedule = PHARMACOLOGY.titrate("pregabalin", patient);
    assertThat(schedule.steps().get(0).dailyTotal()).isEqualTo(DailyDose.mg(50));
    assertThat(schedule.steps()).extracting(TitrationStep::day).startsWith(1, 8, 15);
    assertThat(schedule.finalDaily()).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(DailyDose.mg(300)));
  }

  @Test
  void gabapentin_needs_no_hepatic_adjustment_in_any_child_pugh_class() {
    for (ChildPughClass cls : ChildPughClass.values()) {
      DoseLimits limits = PHARMACOLOGY.limits("gabapentin", Patients.childPugh(cls));

      assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(3600));
      assertThat(limits.reasons()).noneSatisfy(r -> assertThat(r.code()).isEqualTo("hepatic-impairment"));
    }
  }
}
