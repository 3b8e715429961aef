package org.painpath.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;

class FrequencyTest {

  @Test
  void pregabalin_37_5_mg_twice_daily_is_75_mg_a_day() {
    assertThat(Frequency.TWICE_DAILY.dailyTotal(Dose.mg("37.5"))).isEqualTo(DailyDose.mg(75));
  }

  @Test
  void every_8_hours_written_in_lower_case_is_three_administrations_a_day() {
    Frequency q8h = Frequency.parse("q8h");
    assertThat(q8h.code()).isEqualTo("Q8H");
    assertThat(q8h.administrations()).isEqualTo(3);
    assertThat(q8h.dailyTotal(Dose.mg(100))).isEqualTo(DailyDose.mg(300));
  }

  @Test
  void every_other_day_is_exactly_half_an_administration_a_day() {
    assertThat(Frequency.parse("Q48H")).isSameAs(Frequency.EVERY_OTHER_DAY);
    assertThat(Frequency.everyHours(48)).isSameAs(Frequency.EVERY_OTHER_DAY);
    assertThat(Frequency.EVERY_OTHER_DAY.perDay()).isEqualTo(new BigDecimal("0.5"));
    assertThat(Frequency.EVERY_OTHER_DAY.dailyTotal(Dose.mg(25))).isEqualTo(DailyDose.mg("12.5"));
  }

  @Test
  void a_patch_worn_12_hours_on_and_12_off_is_one_application_a_day() {
    Frequency patch = Frequency.parse("12h-on-12h-off");
    assertThat(patch).isSameAs(Frequency.PATCH_12H_ON_12H_OFF);
    assertThat(patch.dailyTotal(Dose.of("3 patches"))).isEqualTo(DailyDose.of("3 patches"));
  }

  @Test
  void every_5_hours_does_not_divide_a_day_and_is_refused() {
    Problems problems = problemsOf(() -> Frequency.parse("Q5H"));
    assertThat(codes(problems)).containsExactly("uneven-interval");
    assertThat(fields(problems)).containsExactly("frequency");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "twice", "Q", "QH", "Q123H", "BIDX"})
  void an_unknown_code_is_a_problem_listing_the_known_ones(String text) {
    Problems problems = problemsOf(() -> Frequency.parse(text));
    assertThat(codes(problems)).containsExactly("unknown-frequency");
    assertThat(problems.list().get(0).message()).contains("QD").contains("BID").contains("Q<n>H");
  }

  @Test
  void a_missing_code_is_a_problem_and_not_a_null_pointer() {
    assertThat(fields(problemsOf(() -> Frequency.parse(null)))).containsExactly("frequency");
  }

  @Test
  void a_hand_made_frequency_names_every_bad_field() {
    Problems problems = problemsOf(() -> new Frequency(" ", 0, 3, null));
    assertThat(fields(problems)).containsExactly("code", "administrations", "periodDays", "description");
  }
}
