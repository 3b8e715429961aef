package org.painpath.pharmacology.internal.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.code.Code;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.limits.StartDose;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.internal.schedule.DoseTimes;

/** How a day's total becomes doses at clock times. */
class DayScheduleSplittingTest {

  private static final DosingRules GABAPENTIN = DrugPack.bundled().drug("gabapentin").dosing().orElseThrow();
  private static final Citation CITE = new Citation("GAB-01", List.of("R05"), Verification.VERIFIED);

  private static DoseLimits limits(List<Frequency> frequencies, Optional<Dose> maxSingle) {
    return new DoseLimits(
        "gabapentin", Code.rxNorm("25480", "gabapentin"), Indication.OTHER, false, new StartDose(Dose.mg(300), Frequency.AT_BEDTIME),
        Optional.of(DailyDose.mg(300)), 1, 1, Optional.empty(), Optional.empty(), DailyDose.mg(3600), LimitSource.LABEL, CITE, maxSingle,
        Optional.empty(), frequencies, List.of(), Optional.empty(), List.of(), List.of(CITE));
  }

  private static List<String> doses(TitrationStep step) {
    return step.schedule().doses().stream().map(TimedDose::toString).toList();
  }

  @Test
  void a_total_that_does_not_divide_evenly_puts_the_remainder_on_the_last_dose() {
    TitrationStep step = DaySplitter.step(5, DailyDose.mg(1000), limits(GABAPENTIN.frequencies(), Optional.empty()), GABAPENTIN);

    assertThat(doses(step)).containsExactly("300 mg at 08:00", "300 mg at 14:00", "400 mg at 22:00");
    assertThat(step.frequency()).isEqualTo(Frequency.THREE_TIMES_DAILY);
    assertThat(step.day()).isEqualTo(5);
  }

  @Test
  void a_total_too_small_for_every_administration_is_given_fewer_times() {
    DoseLimits onlyTid = limits(List.of(Frequency.THREE_TIMES_DAILY), Optional.empty());

    TitrationStep step = DaySplitter.step(1, DailyDose.mg(200), onlyTid, GABAPENTIN);
    assertThat(doses(step)).containsExactly("100 mg at 08:00", "100 mg at 20:00");
    assertThat(step.frequency()).isEqualTo(Frequency.TWICE_DAILY);
    DoseLimits bid = limits(List.of(Frequency.AT_BEDTIME, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY), Optional.empty());
    assertThat(DaySplitter.step(1, DailyDose.mg(700), bid, GABAPENTIN).frequency()).isEqualTo(Frequency.THREE_TIMES_DAILY);
  }

  @Test
  void a_frequency_whose_doses_would_exceed_the_single_dose_maximum_gives_way_to_more_administrations() {
    DoseLimits singleCapped = limits(List.of(Frequency.AT_BEDTIME, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY, Frequency.FOUR_TIMES_DAILY), Optional.of(Dose.mg(300)));

    TitrationStep step = DaySplitter.step(1, DailyDose.mg(1200), singleCapped, GABAPENTIN);
    assertThat(step.frequency()).isEqualTo(Frequency.FOUR_TIMES_DAILY);
    assertThat(step.schedule().largestDose()).isEqualTo(Dose.mg(300));
  }

  @Test
  void when_no_frequency_keeps_doses_under_the_single_maximum_the_planned_one_is_kept() {
    DoseLimits tight = limits(List.of(Frequency.AT_BEDTIME, Frequency.TWICE_DAILY), Optional.of(Dose.mg(100)));

    TitrationStep step = DaySplitter.step(1, DailyDose.mg(600), tight, GABAPENTIN);
    assertThat(step.frequency()).isEqualTo(Frequency.TWICE_DAILY);
    assertThat(doses(step)).containsExactly("300 mg at 08:00", "300 mg at 20:00");
  }

  @Test
  void the_plan_is_skipped_for_a_frequency_the_patient_may_not_have() {
    DoseLimits noBedtime = limits(List.of(Frequency.ONCE_DAILY), Optional.empty());

    assertThat(DaySplitter.frequencyFor(DailyDose.mg(300), noBedtime, GABAPENTIN)).isEqualTo(Frequency.ONCE_DAILY);
    DoseLimits bedtime = limits(List.of(Frequency.ONCE_DAILY, Frequency.AT_BEDTIME), Optional.empty());
    assertThat(DaySplitter.frequencyFor(DailyDose.mg(300), bedtime, GABAPENTIN)).isEqualTo(Frequency.AT_BEDTIME);
    assertThat(DaySplitter.frequencyFor(DailyDose.mg(900), bedtime, GABAPENTIN)).isEqualTo(Frequency.AT_BEDTIME);
  }

  @Test
  void an_every_other_day_total_is_given_double_on_its_dosing_day() {
    assertThat(DaySplitter.split(DailyDose.mg(75), Frequency.EVERY_OTHER_DAY, DrugPack.bundled().drug("bupropion-xl").dosing().orElseThrow()))
        .containsExactly(Dose.mg(150));
  }

  @Test
  void doses_fall_at_the_pathway_clock_times() {
    assertThat(DoseTimes.of(Frequency.AT_BEDTIME, 1)).containsExactly(LocalTime.of(22, 0));
    assertThat(DoseTimes.of(Frequency.EVERY_MORNING, 1)).containsExactly(LocalTime.of(8, 0));
    assertThat(DoseTimes.of(Frequency.FOUR_TIMES_DAILY, 4)).containsExactly(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));
    assertThat(DoseTimes.of(Frequency.everyHours(6), 4)).containsExactly(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(20, 0), LocalTime.of(2, 0));
    assertThat(DoseTimes.of(Frequency.everyHours(12), 2)).containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
    assertThat(DoseTimes.of(TitrationStep.dailyFrequency(6), 6)).hasSize(6).contains(LocalTime.of(12, 0), LocalTime.of(4, 0));
  }
}
