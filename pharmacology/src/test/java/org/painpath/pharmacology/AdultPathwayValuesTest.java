package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * The "Pathway (DESIGN)" values of reference section 1 for an adult with normal kidneys and liver:
 * ceiling exactly, start no higher, steps no larger and intervals no shorter than the reference says,
 * and a titration that stays within them and is valid.
 */
class AdultPathwayValuesTest {

  private static final Pharmacology PHARMACOLOGY = Limits.PHARMACOLOGY;

  @ParameterizedTest(name = "{0}: max {1}, start at most {2}, step at most {3}, at least {4} days between steps")
  @CsvSource({
    // NOR/DES pathway: start 25 mg hs, step <= 25 mg, >= 3 days, max 150 mg/day (NOR-05, DES-05).
    "nortriptyline, 150 mg, 25 mg, 25 mg, 3",
    "desipramine, 150 mg, 25 mg, 25 mg, 3",
    // AMI pathway: start 10-25 mg hs, step <= 25 mg, >= 3 days, outpatient max 150 mg/day.
    "amitriptyline, 150 mg, 25 mg, 25 mg, 3",
    // DUL pathway: start 30 mg daily, >= 7 days before 60, block above 120 mg/day.
    "duloxetine, 120 mg, 30 mg, 30 mg, 7",
    // VEN pathway: ER start 37.5 mg, step <= 75 mg/day, >= 4 days (label), max 225 mg/day.
    "venlafaxine-er, 225 mg, 37.5 mg, 75 mg, 4",
    "venlafaxine-ir, 225 mg, 75 mg, 75 mg, 4",
    // GAB: adult start <= 300 mg/day, max 3600 mg/day (GAB-05, GAB-R1); label PHN steps 300 mg daily (GAB-01).
    "gabapentin, 3600 mg, 300 mg, 300 mg, 1",
    // PGB: start 150 mg/day, 150 -> 300 no sooner than 3 days, max 600 mg/day for OTHER (PGB-07).
    "pregabalin, 600 mg, 150 mg, 150 mg, 3"
  })
  void the_adult_limits_lie_within_the_reference(String drug, String max, String startAtMost, String stepAtMost, int minDays) {
    DoseLimits limits = PHARMACOLOGY.limits(drug, Patients.adultWithCrcl("90"));

    assertThat(limits.avoid()).isFalse();
    assertThat(limits.maxDaily()).isEqualTo(DailyDose.of(max));
    assertThat(limits.start().daily()).isLessThanOrEqualTo(DailyDose.of(startAtMost));
    assertThat(limits.step()).hasValueSatisfying(step -> assertThat(step).isLessThanOrEqualTo(DailyDose.of(stepAtMost)));
    assertThat(limits.minDaysBetweenSteps()).isGreaterThanOrEqualTo(minDays);

    TitrationSchedule schedule = PHARMACOLOGY.titrate(drug, Patients.adultWithCrcl("90"));
    assertThat(schedule.steps()).allSatisfy(s -> assertThat(s.dailyTotal()).isLessThanOrEqualTo(limits.maxDaily()));
    assertThat(PHARMACOLOGY.validate(schedule, Patients.adultWithCrcl("90"))).isEmpty();
  }

  @Test
  void diclofenac_gel_is_4_g_per_application_four_times_daily_within_32_g_a_day() {
    DoseLimits limits = PHARMACOLOGY.limits("diclofenac-gel-1", Patients.adultWithCrcl("90"));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.of("32 g"));
    assertThat(limits.frequencies()).contains(Frequency.FOUR_TIMES_DAILY);
    assertThat(Limits.check(Patients.adultWithCrcl("90"), Limits.item("diclofenac-gel-1", "4 g", "QID")).verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(Limits.check(Patients.adultWithCrcl("90"), Limits.item("diclofenac-gel-1", "8 g", "QID")).verdict()).isEqualTo(Verdict.REJECTED);
  }
}
