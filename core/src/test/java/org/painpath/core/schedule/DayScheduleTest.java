package org.painpath.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;

class DayScheduleTest {

  private static final LocalTime EIGHT = LocalTime.of(8, 0);
  private static final LocalTime TWENTY = LocalTime.of(20, 0);

  @Test
  void twenty_five_mg_in_the_morning_and_fifty_at_night_is_75_mg_a_day() {
    DaySchedule day =
        new DaySchedule(List.of(new TimedDose(TWENTY, Dose.mg(50)), new TimedDose(EIGHT, Dose.mg(25))));

    assertThat(day.dailyTotal()).isEqualTo(DailyDose.mg(75));
    assertThat(day.largestDose()).isEqualTo(Dose.mg(50));
    assertThat(day.doses()).extracting(TimedDose::time).containsExactly(EIGHT, TWENTY);
    assertThat(day.doses().get(0).toString()).isEqualTo("25 mg at 08:00");
  }

  @Test
  void doses_in_grams_and_milligrams_add_up_in_the_unit_of_the_first_dose() {
    DaySchedule day =
        new DaySchedule(List.of(new TimedDose(EIGHT, Dose.mg(300)), new TimedDose(TWENTY, Dose.of("0.3 g"))));
    assertThat(day.dailyTotal().amount().toString()).isEqualTo("600 mg");
  }

  @Test
  void patches_and_milligrams_are_never_summed() {
    Problems problems =
        problemsOf(
            () -> new DaySchedule(List.of(new TimedDose(EIGHT, Dose.of("1 patch")), new TimedDose(TWENTY, Dose.mg(5)))));
    assertThat(fields(problems)).containsExactly("doses[1].dose");
    assertThat(codes(problems)).containsExactly("unit-mismatch");
  }

  @Test
  void an_empty_day_is_a_problem() {
    assertThat(codes(problemsOf(() -> new DaySchedule(List.of())))).containsExactly("empty");
  }

  @Test
  void duplicates_and_missing_doses_are_named_by_their_position_as_given() {
    Problems problems =
        problemsOf(
            () ->
                new DaySchedule(
                    Arrays.asList(
                        new TimedDose(TWENTY, Dose.mg(50)), null, new TimedDose(EIGHT, Dose.mg(5)), new TimedDose(TWENTY, Dose.mg(1)))));
    assertThat(fields(problems)).containsExactly("doses[1]", "doses[3].time");
  }

  @Test
  void a_timed_dose_without_time_or_dose_names_both() {
    assertThat(fields(problemsOf(() -> new TimedDose(null, null)))).containsExactly("time", "dose");
    assertThat(fields(problemsOf(() -> new DaySchedule(null)))).containsExactly("doses");
  }
}
