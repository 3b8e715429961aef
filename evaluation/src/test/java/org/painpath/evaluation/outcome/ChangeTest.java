package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;

class ChangeTest {

  private static Change change(Instrument instrument, String baseline, String followUp) {
    return Change.between(instrument, new BigDecimal(baseline), new BigDecimal(followUp));
  }

  @Test
  void a_peg_falling_from_6_to_4_2_is_a_30_percent_moderate_response() {
    Change c = change(Instrument.PEG, "6", "4.2");

    assertThat(c.absoluteChange()).isEqualByComparingTo("1.8");
    assertThat(c.percentChange()).contains(new BigDecimal("30.0"));
    assertThat(c.category()).isEqualTo(ChangeCategory.MODERATE);
    assertThat(c.isResponder()).isTrue();
  }

  @Test
  void a_peg_falling_by_29_9_percent_is_only_minimal_and_not_a_response() {
    Change c = change(Instrument.PEG, "10", "7.01");

    assertThat(c.category()).isEqualTo(ChangeCategory.MINIMAL);
    assertThat(c.isResponder()).isFalse();
  }

  @Test
  void half_the_baseline_is_substantial() {
    assertThat(change(Instrument.PHQ9, "20", "10").category()).isEqualTo(ChangeCategory.SUBSTANTIAL);
  }

  @Test
  void below_10_percent_is_no_important_change() {
    assertThat(change(Instrument.PHQ9, "20", "19").category()).isEqualTo(ChangeCategory.NONE);
  }

  @Test
  void the_20_to_30_percent_gap_of_immpact_is_minimal() {
    assertThat(change(Instrument.GAD7, "20", "15").category()).isEqualTo(ChangeCategory.MINIMAL);
  }

  @Test
  void any_rise_is_worse() {
    Change c = change(Instrument.NRS, "5", "6");

    assertThat(c.category()).isEqualTo(ChangeCategory.WORSE);
    assertThat(c.absoluteChange()).isEqualByComparingTo("-1");
    assertThat(c.percentChange()).contains(new BigDecimal("-20.0"));
  }

  @Test
  void an_nrs_drop_of_2_points_from_8_is_moderate_although_only_25_percent() {
    Change c = change(Instrument.NRS, "8", "6");

    assertThat(c.percentChange()).contains(new BigDecimal("25.0"));
    assertThat(c.category()).isEqualTo(ChangeCategory.MODERATE);
    assertThat(c.basis()).anyMatch(b -> b.contains("OUT-03"));
  }

  @Test
  void an_nrs_drop_of_4_points_from_10_is_substantial() {
    assertThat(change(Instrument.NRS, "10", "6").category()).isEqualTo(ChangeCategory.SUBSTANTIAL);
  }

  @Test
  void a_one_point_drop_in_bpi_interference_is_minimally_important_even_from_a_high_baseline() {
    assertThat(change(Instrument.BPI_INTERFERENCE, "10", "9").category()).isEqualTo(ChangeCategory.MINIMAL);
  }

  @Test
  void an_odi_drop_of_13_points_from_80_meets_the_mcid() {
    Change c = change(Instrument.ODI, "80", "67");

    assertThat(c.category()).isEqualTo(ChangeCategory.MINIMAL);
    assertThat(change(Instrument.ODI, "80", "68").category()).isEqualTo(ChangeCategory.MINIMAL);
    assertThat(change(Instrument.ODI, "90", "82").category()).isEqualTo(ChangeCategory.NONE);
  }

  @Test
  void from_a_baseline_of_zero_no_percentage_exists() {
    assertThat(change(Instrument.NRS, "0", "0").category()).isEqualTo(ChangeCategory.NONE);
    assertThat(change(Instrument.NRS, "0", "0").percentChange()).isEmpty();
    assertThat(change(Instrument.NRS, "0", "3").category()).isEqualTo(ChangeCategory.WORSE);
  }

  @Test
  void peg_scores_are_compared_exactly_not_on_their_rounded_totals() {
    // 10/3 -> 7/3 is exactly 30 %; rounded totals 3.33 -> 2.33 would also pass, but 11/3 -> 23/9 must not round up.
    Score baseline = Instrument.PEG.score(3, 3, 4);
    Score followUp = Instrument.PEG.score(2, 2, 3);

    Change c = Change.between(baseline, followUp);

    assertThat(c.category()).isEqualTo(ChangeCategory.MODERATE);
    assertThat(c.percentChange()).contains(new BigDecimal("30.0"));
  }

  @Test
  void totals_outside_the_instrument_range_or_not_whole_are_named() {
    assertThatThrownBy(() -> change(Instrument.PHQ9, "28", "12.5"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().hasField("baseline")).isTrue();
              assertThat(e.problems().hasField("followUp")).isTrue();
              assertThat(e.problems().hasCode("not-whole")).isTrue();
            });
  }

  @Test
  void scores_of_different_instruments_cannot_be_compared() {
    assertThatThrownBy(() -> Change.between(Instrument.NRS.score(5), Instrument.PEG.score(5, 5, 5)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_responder_definition_is_moderate_or_better_and_cited() {
    assertThat(Responder.MINIMUM).isEqualTo(ChangeCategory.MODERATE);
    assertThat(Responder.CITATIONS).extracting(c -> c.fact()).contains("OUT-02", "OUT-15", "PIT-09");
  }
  @Test
  void half_a_point_off_a_bpi_interference_of_10_is_no_important_change() {
    assertThat(change(Instrument.BPI_INTERFERENCE, "10", "9.5").category()).isEqualTo(ChangeCategory.NONE);
  }
  @Test
  void a_change_explains_its_percentage_and_compares_by_value() {
    Change c = change(Instrument.PHQ9, "20", "12");

    assertThat(c.basis()).containsExactly("improvement of 40.0 % reaches moderate improvement (>= 30 %, OUT-15)");
    assertThat(c).isEqualTo(change(Instrument.PHQ9, "20.0", "12")).hasSameHashCodeAs(change(Instrument.PHQ9, "20", "12"))
        .isNotEqualTo(change(Instrument.PHQ9, "20", "13")).isNotEqualTo(change(Instrument.GAD7, "20", "12"));
    assertThat(c).hasToString("PHQ-9 20 -> 12: MODERATE");
    assertThat(change(Instrument.PHQ9, "20", "19").basis()).containsExactly(
        "improvement of 5.0 % is below minimal improvement (10 %)");
  }
}
