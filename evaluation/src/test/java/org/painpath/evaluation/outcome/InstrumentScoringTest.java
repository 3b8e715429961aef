package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;

class InstrumentScoringTest {

  @Test
  void a_peg_of_pain_4_enjoyment_5_activity_6_is_a_mean_of_5_and_moderate() {
    Score peg = Instrument.PEG.score(4, 5, 6);

    assertThat(peg.total()).isEqualByComparingTo("5");
    assertThat(peg.band()).isEqualTo("moderate");
  }

  @Test
  void a_peg_of_3_4_4_is_eleven_thirds_shown_as_3_67_and_stays_mild_below_4() {
    Score peg = Instrument.PEG.score(3, 4, 4);

    assertThat(peg.total()).isEqualTo(new BigDecimal("3.67"));
    assertThat(peg.band()).isEqualTo("mild");
    assertThat(peg.atLeast(new BigDecimal("3.67"))).isFalse();
  }

  @Test
  void a_peg_of_exactly_7_is_severe_and_of_20_thirds_is_moderate() {
    assertThat(Instrument.PEG.score(7, 7, 7).band()).isEqualTo("severe");
    assertThat(Instrument.PEG.score(6, 7, 7).band()).isEqualTo("moderate");
  }

  @Test
  void phq9_cut_points_5_10_15_20_open_the_next_band() {
    assertThat(Instrument.PHQ9.score(1, 1, 1, 1, 0, 0, 0, 0, 0).band()).isEqualTo("minimal");
    assertThat(Instrument.PHQ9.score(1, 1, 1, 1, 1, 0, 0, 0, 0).band()).isEqualTo("mild");
    assertThat(Instrument.PHQ9.score(2, 2, 2, 2, 2, 0, 0, 0, 0).band()).isEqualTo("moderate");
    assertThat(Instrument.PHQ9.score(3, 3, 3, 3, 3, 0, 0, 0, 0).band()).isEqualTo("moderately severe");
    assertThat(Instrument.PHQ9.score(3, 3, 3, 3, 3, 3, 2, 0, 0).band()).isEqualTo("severe");
  }

  @Test
  void gad7_of_10_is_moderate_and_15_is_severe() {
    assertThat(Instrument.GAD7.score(2, 2, 2, 2, 2, 0, 0).band()).isEqualTo("moderate");
    assertThat(Instrument.GAD7.score(3, 3, 3, 3, 3, 0, 0).band()).isEqualTo("severe");
    assertThat(Instrument.GAD7.score(3, 3, 3, 3, 3, 0, 0).total()).isEqualByComparingTo("15");
  }

  @Test
  void a_pcs_total_of_30_is_clinically_relevant_and_29_is_not() {
    Score thirty = Instrument.PCS.score(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0);
    Score twentyNine = Instrument.PCS.score(3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 0, 0, 0);

    assertThat(thirty.band()).isEqualTo("clinically relevant catastrophizing");
    assertThat(twentyNine.band()).isEqualTo("below clinical level");
  }

  @Test
  void tsk17_reverses_items_4_8_12_and_16_so_all_ones_total_29() {
    Integer[] ones = new Integer[17];
    Arrays.fill(ones, 1);

    Score tsk = Instrument.TSK17.score(ones);

    // 13 items score 1, the four reversed items score 5 - 1 = 4: 13 + 16 = 29.
    assertThat(tsk.total()).isEqualByComparingTo("29");
    assertThat(tsk.band()).isEqualTo("not high");
  }

  @Test
  void tsk17_of_38_is_high_kinesiophobia_and_37_is_not() {
    Integer[] answers = new Integer[17];
    Arrays.fill(answers, 2);
    // 13 x 2 + 4 x (5 - 2) = 38
    assertThat(Instrument.TSK17.score(answers).total()).isEqualByComparingTo("38");
    assertThat(Instrument.TSK17.score(answers).band()).isEqualTo("high kinesiophobia");
    answers[0] = 1;
    assertThat(Instrument.TSK17.score(answers).band()).isEqualTo("not high");
  }

  @Test
  void odi_of_16_over_50_is_32_percent_moderate_disability() {
    Score odi = Instrument.ODI.score(2, 2, 2, 2, 2, 2, 1, 1, 1, 1);

    assertThat(odi.total()).isEqualByComparingTo("32");
    assertThat(odi.band()).isEqualTo("moderate disability");
  }

  @Test
  void odi_with_one_section_missing_divides_by_45_so_16_points_are_35_6_percent() {
    // Reference OUT-11 writes 35.5 (truncated); the exact index is 320/9 = 35.56, shown half-even at one decimal.
    Score odi = Instrument.ODI.score(Arrays.asList(2, 2, 2, 2, 2, 2, 1, 1, 2, null));

    assertThat(odi.total()).isEqualTo(new BigDecimal("35.6"));
    assertThat(odi.item(10)).isEmpty();
  }

  @Test
  void odi_band_edges_are_exact_20_is_minimal_and_just_above_is_moderate() {
    assertThat(Instrument.ODI.score(1, 1, 1, 1, 1, 1, 1, 1, 1, 1).band()).isEqualTo("minimal disability");
    assertThat(Instrument.ODI.score(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 2, null)).band())
        .isEqualTo("moderate disability"); // 10/45 = 22.2 %
    assertThat(Instrument.ODI.score(5, 5, 5, 5, 5, 5, 5, 5, 5, 5).band()).isEqualTo("bed-bound or exaggerating");
  }

  @Test
  void odi_with_three_sections_missing_is_rejected() {
    assertThatThrownBy(() -> Instrument.ODI.score(Arrays.asList(1, 1, 1, 1, 1, 1, 1, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasCode("too-many-unanswered")).isTrue());
  }

  @Test
  void bpi_severity_and_interference_are_item_means() {
    assertThat(Instrument.BPI_SEVERITY.score(8, 2, 5, 5).total()).isEqualByComparingTo("5");
    assertThat(Instrument.BPI_INTERFERENCE.score(7, 7, 7, 7, 7, 7, 7).band()).isEqualTo("severe");
    assertThat(Instrument.BPI_INTERFERENCE.score(1, 0, 0, 0, 0, 0, 0).total()).isEqualTo(new BigDecimal("0.14"));
  }

  @Test
  void an_nrs_of_7_is_severe() {
    assertThat(Instrument.NRS.score(7).band()).isEqualTo("severe");
    assertThat(Instrument.NRS.score(7).total()).isEqualByComparingTo("7");
  }

  @Test
  void a_phq9_with_a_wrong_count_and_two_bad_answers_names_all_three_problems() {
    assertThatThrownBy(() -> Instrument.PHQ9.score(0, 4, 1, -1, 0, 0, 0, 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().list())
                    .extracting(Problem::field)
                    .containsExactly("items", "items[1]", "items[3]"));
  }

  @Test
  void an_unanswered_phq9_item_is_named_because_only_the_odi_allows_gaps() {
    assertThatThrownBy(() -> Instrument.PHQ9.score(Arrays.asList(0, 0, 0, null, 0, 0, 0, 0, 0)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("items[3]")).isTrue());
  }

  @Test
  void an_empty_answer_list_is_a_wrong_item_count() {
    assertThatThrownBy(() -> Instrument.GAD7.score(Collections.<Integer>emptyList()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasCode("wrong-item-count")).isTrue());
  }

  @Test
  void the_reference_gives_no_loinc_for_instruments_so_none_is_invented() {
    for (Instrument i : Instrument.values()) {
      assertThat(i.loinc()).isEmpty();
      assertThat(i.citations()).isNotEmpty();
    }
  }

  @Test
  void totals_range_from_the_lowest_to_the_highest_possible_answers() {
    assertThat(Instrument.TSK17.minimumTotal()).isEqualByComparingTo("17");
    assertThat(Instrument.TSK17.maximumTotal()).isEqualByComparingTo("68");
    assertThat(Instrument.PCS.maximumTotal()).isEqualByComparingTo("52");
    assertThat(Instrument.ODI.maximumTotal()).isEqualByComparingTo("100");
    assertThat(Instrument.PEG.maximumTotal()).isEqualByComparingTo("10");
    assertThat(List.of(Instrument.PHQ9.maximumTotal(), Instrument.GAD7.maximumTotal()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("27"), new BigDecimal("21"));
  }
  @Test
  void odi_with_exactly_two_sections_missing_is_still_scored() {
    assertThat(Instrument.ODI.score(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, null, null)).total())
        .isEqualByComparingTo("20");
  }
  @Test
  void an_out_of_range_answer_is_named_by_its_1_based_item_number_in_the_message() {
    assertThatThrownBy(() -> Instrument.GAD7.score(0, 0, 0, 4, 0, 0, 0))
        .hasMessageContaining("item 4 of GAD-7 must be 0-3, was 4");
    assertThatThrownBy(() -> Instrument.PHQ9.score(Arrays.asList(0, null, 0, 0, 0, 0, 0, 0, 0)))
        .hasMessageContaining("item 2 of PHQ-9 must be answered");
  }

  @Test
  void a_tsk17_answer_of_0_is_out_of_range_because_its_items_start_at_1() {
    Integer[] answers = new Integer[17];
    Arrays.fill(answers, 1);
    answers[5] = 0;

    assertThatThrownBy(() -> Instrument.TSK17.score(answers)).hasMessageContaining("items[5]");
    assertThat(Instrument.PHQ9.citations()).extracting(c -> c.fact()).containsExactly("OUT-08");
  }

  @Test
  void band_edges_must_rise() {
    assertThatThrownBy(
            () -> new BandScale(List.of(Band.from("a", "5"), Band.from("b", "5")),
                org.painpath.evaluation.ReferenceFacts.OUT_06))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_score_names_its_instrument_total_and_band_and_rejects_an_item_it_does_not_have() {
    Score peg = Instrument.PEG.score(4, 5, 6);

    assertThat(peg).hasToString("PEG-3 5.00 (moderate)");
    assertThat(peg.citations()).extracting(c -> c.fact()).containsExactly("OUT-05", "OUT-06");
    assertThat(peg.bandRank()).isEqualTo(1);
    assertThat(peg).isEqualTo(Instrument.PEG.score(4, 5, 6)).isNotEqualTo(Instrument.PEG.score(4, 5, 7));
    assertThatThrownBy(() -> peg.item(4)).isInstanceOf(InvalidInputException.class);
  }
}
