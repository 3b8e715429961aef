package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;

import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.titration.ScheduleKind;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
class TitrationTest {

  private static final Pharmacology PHARMACOLOGY = Limits.PHARMACOLOGY;
  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static List<String> dailyTotals(TitrationSchedule schedule) {
    return schedule.steps().stream().map(s -> "day " + s.day() + ": " + s.dailyTotal()).toList();
  }

  private static TitrationStep step(int day, String... doseAtTime) {
    List<TimedDose> doses = new java.util.ArrayList<>();
    for (String d : doseAtTime) {
      int at = d.indexOf('@');
      doses.add(new TimedDose(LocalTime.parse(d.substring(at + 1)), Dose.of(d.substring(0, at))));
    }
    return new TitrationStep(day, new DaySchedule(doses));
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void gabapentin_follows_the_label_schedule_300_once_then_twice_then_three_times_daily_up_to_1800() {
    TitrationSchedule schedule = PHARMACOLOGY.titrate("gabapentin", ADULT);

    assertThat(dailyTotals(schedule))
        .containsExactly(
            "day 1: 300 mg/day", "day 2: 600 mg/day", "day 3: 900 mg/day", "day 4: 1200 mg/day", "day 5: 1500 mg/day", "day 6: 1800 mg/day");
    assertThat(schedule.steps().get(0).frequency()).isEqualTo(Frequency.AT_BEDTIME);
    assertThat(schedule.steps().get(1).frequency()).isEqualTo(Frequency.TWICE_DAILY);
    assertThat(schedule.steps().get(2).schedule().doses()).extracting(TimedDose::dose).containsOnly(Dose.mg(300));
    assertThat(schedule.targetReachedOnDay()).contains(6);
    assertThat(PHARMACOLOGY.validate(schedule, ADULT)).isEmpty();
  }

  @Test
  void gabapentin_for_an_older_adult_is_slower_and_stops_at_the_renal_band_maximum() {
    TitrationSchedule schedule = PHARMACOLOGY.titrate("gabapentin", Patients.aged(80, "20"));

    assertThat(schedule.steps().get(0).dailyTotal()).isEqualTo(DailyDose.mg(100));
    assertThat(schedule.finalDaily()).contains(DailyDose.mg(700));
    assertThat(schedule.steps()).allSatisfy(s -> assertThat(s.schedule().administrations()).isEqualTo(1));
    assertThat(schedule.targetReachedOnDay()).contains(19);
  }

  @Test
  void pregabalin_reaches_300_mg_on_day_4_and_never_beyond_without_the_14_day_hold() {
    TitrationSchedule schedule = PHARMACOLOGY.titrate("pregabalin", ADULT);

    assertThat(dailyTotals(schedule)).containsExactly("day 1: 150 mg/day", "day 4: 300 mg/day");
  }

  @Test
  void pregabalin_above_300_mg_after_only_6_days_at_300_is_too_soon_but_after_14_days_is_fine() {
    TitrationSchedule early =
        TitrationSchedule.proposed(
            "pregabalin", List.of(step(1, "75 mg@08:00", "75 mg@20:00"), step(4, "150 mg@08:00", "150 mg@20:00"), step(10, "225 mg@08:00", "225 mg@20:00")));
    List<Finding> findings = PHARMACOLOGY.validate(early, ADULT);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("step-too-soon");
      assertThat(f.values()).containsEntry("daysHeld", "6").containsEntry("holdDays", "14");
    });

    TitrationSchedule patient =
        TitrationSchedule.proposed(
            "pregabalin", List.of(step(1, "75 mg@08:00", "75 mg@20:00"), step(4, "150 mg@08:00", "150 mg@20:00"), step(18, "225 mg@08:00", "225 mg@20:00")));
    assertThat(codes(PHARMACOLOGY.validate(patient, ADULT))).doesNotContain("step-too-soon");
  }

  @Test
  void a_dpn_like_schedule_to_450_mg_is_above_the_indication_ceiling() {
    TitrationSchedule dpn =
        TitrationSchedule.proposed("pregabalin", List.of(step(1, "75 mg@08:00", "75 mg@20:00"), step(4, "150 mg@08:00", "150 mg@20:00"), step(18, "225 mg@08:00", "225 mg@20:00")))
            .withIndication(Indication.DPN_LIKE);

    assertThat(PHARMACOLOGY.validate(dpn, ADULT)).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("max-daily-dose-exceeded");
      assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    });
  }

  @Test
  void validation_reports_a_high_start_a_large_step_a_quick_step_and_an_unlabelled_frequency() {
    TitrationSchedule reckless =
        TitrationSchedule.proposed(
            "duloxetine", List.of(step(1, "60 mg@08:00"), step(3, "40 mg@08:00", "40 mg@14:00", "40 mg@22:00")));

    assertThat(codes(PHARMACOLOGY.validate(reckless, ADULT)))
        .contains("step-too-large", "step-too-soon", "unlabelled-frequency")
        .doesNotContain("max-daily-dose-exceeded");
  }

  @Test
  void bupropion_sr_doses_closer_than_8_hours_are_reported() {
    TitrationSchedule close = TitrationSchedule.proposed("bupropion-sr", List.of(step(1, "150 mg@08:00"), step(4, "150 mg@08:00", "150 mg@14:00")));

    assertThat(codes(PHARMACOLOGY.validate(close, ADULT))).containsExactly("doses-too-close");
  }

  @Test
  void a_schedule_above_the_single_dose_maximum_is_blocking() {
    TitrationSchedule single = TitrationSchedule.proposed("bupropion-sr", List.of(step(1, "300 mg@08:00")));

    assertThat(codes(PHARMACOLOGY.validate(single, ADULT))).contains("max-single-dose-exceeded", "step-too-large");
  }

  @Test
  void a_contraindicated_drug_gets_no_steps_and_its_reasons() {
    TitrationSchedule schedule = PHARMACOLOGY.titrate("duloxetine", Patients.adultWithCrcl("20"));

    assertThat(schedule.steps()).isEmpty();
    assertThat(schedule.notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo("contraindicated"));
    assertThat(PHARMACOLOGY.validate(TitrationSchedule.proposed("duloxetine", List.of(step(1, "30 mg@08:00"))), Patients.adultWithCrcl("20")))
        .anySatisfy(f -> assertThat(f.code()).isEqualTo("contraindicated"));
  }

  @Test
  void validating_without_renal_data_or_for_an_unknown_drug_fails_closed() {
    assertThat(codes(PHARMACOLOGY.validate(TitrationSchedule.proposed("gabapentin", List.of(step(1, "300 mg@22:00"))), Patients.withoutRenalData())))
        .containsExactly("missing-data");
    assertThat(codes(PHARMACOLOGY.validate(TitrationSchedule.proposed("morphine", List.of(step(1, "10 mg@22:00"))), ADULT))).containsExactly("unknown-drug");
  }

  @Test
  void step_days_must_increase() {
    assertThatThrownBy(() -> TitrationSchedule.proposed("duloxetine", List.of(step(3, "30 mg@08:00"), step(3, "60 mg@08:00"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("not-increasing")).isTrue());
  }

  @Test
  void venlafaxine_is_tapered_by_75_mg_a_week() {
    TitrationSchedule taper = PHARMACOLOGY.taper("venlafaxine-er", DailyDose.mg(225), ADULT);

    assertThat(taper.kind()).isEqualTo(ScheduleKind.TAPER);
    assertThat(dailyTotals(taper)).containsExactly("day 1: 150 mg/day", "day 8: 75 mg/day");
    assertThat(taper.stopOnDay()).contains(15);
  }

  @Test
  void gabapentin_is_tapered_over_at_least_a_week() {
    TitrationSchedule taper = PHARMACOLOGY.taper("gabapentin", DailyDose.mg(1800), ADULT);

    assertThat(dailyTotals(taper)).containsExactly("day 1: 1400 mg/day", "day 3: 1000 mg/day", "day 5: 600 mg/day", "day 7: 200 mg/day");
    assertThat(taper.stopOnDay()).contains(9);
    assertThat(taper.stopOnDay().get() - 1).isGreaterThanOrEqualTo(7);
  }

  @Test
  void a_small_pregabalin_dose_still_comes_down_in_two_stages() {
    TitrationSchedule taper = PHARMACOLOGY.taper("pregabalin", DailyDose.mg(50), ADULT);

    assertThat(dailyTotals(taper)).containsExactly("day 1: 25 mg/day");
    assertThat(taper.stopOnDay()).contains(8);
  }

  @Test
  void a_drug_without_a_taper_rule_in_the_reference_is_refused_rather_than_guessed() {
    assertThatThrownBy(() -> PHARMACOLOGY.taper("duloxetine", DailyDose.mg(60), ADULT))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("no-taper-rule")).isTrue());
    assertThatThrownBy(() -> PHARMACOLOGY.taper("gabapentin", DailyDose.of("2 patches"), ADULT)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bupropion_xl_in_hepatic_impairment_is_scheduled_every_other_day() {
    TitrationSchedule schedule = PHARMACOLOGY.titrate("bupropion-xl", Patients.childPugh(org.painpath.core.patient.ChildPughClass.B));

    assertThat(schedule.steps()).singleElement().satisfies(s -> {
      assertThat(s.frequency()).isEqualTo(Frequency.EVERY_OTHER_DAY);
      assertThat(s.dailyTotal()).isEqualTo(DailyDose.mg(75));
    });
  }
}
