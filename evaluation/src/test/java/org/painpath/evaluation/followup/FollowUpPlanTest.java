package org.painpath.evaluation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.outcome.Instrument;

class FollowUpPlanTest {

  private static final LocalDate BASELINE = LocalDate.of(2026, 1, 5);

  @Test
  void a_drug_start_is_reviewed_2_to_4_weeks_later_with_peg_and_nrs() {
    FollowUpPlan plan = FollowUpPlan.recommend(BASELINE, List.of(BASELINE), List.of(), false);

    ScheduledReview review = plan.reviews().get(1);
    assertThat(review.earliest()).isEqualTo(LocalDate.of(2026, 1, 19));
    assertThat(review.latest()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(review.measures()).containsExactlyInAnyOrder(Instrument.PEG, Instrument.NRS);
    assertThat(review.citations()).extracting(c -> c.fact()).containsExactly("OUT-14");
  }

  @Test
  void baseline_trial_end_and_3_months_get_the_full_set_with_the_bpi_as_function_measure() {
    LocalDate trialEnd = BASELINE.plusWeeks(8);

    FollowUpPlan plan = FollowUpPlan.recommend(BASELINE, List.of(), List.of(trialEnd), false);

    assertThat(plan.reviews()).extracting(ScheduledReview::earliest)
        .containsExactly(BASELINE, trialEnd, LocalDate.of(2026, 4, 5));
    assertThat(plan.reviews()).allSatisfy(r -> assertThat(r.measures()).contains(Instrument.PEG, Instrument.NRS,
        Instrument.PHQ9, Instrument.GAD7, Instrument.PCS, Instrument.TSK17, Instrument.BPI_INTERFERENCE));
  }

  @Test
  void predominantly_low_back_pain_uses_the_odi_instead_of_the_bpi() {
    assertThat(FollowUpPlan.fullSet(true)).contains(Instrument.ODI).doesNotContain(Instrument.BPI_INTERFERENCE);
  }

  @Test
  void dates_before_the_baseline_are_each_named() {
    assertThatThrownBy(
            () -> FollowUpPlan.recommend(BASELINE, List.of(BASELINE.minusDays(1)), List.of(BASELINE.minusDays(2)),
                false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field())
                .containsExactly("startsOrDoseSteps[0]", "adequateTrialEnds[0]"));
  }
  @Test
  void reviews_come_in_date_order_whatever_order_the_events_were_given_in() {
    FollowUpPlan plan =
        FollowUpPlan.recommend(BASELINE, List.of(BASELINE.plusDays(30), BASELINE), List.of(BASELINE.plusDays(10)),
            false);

    assertThat(plan.reviews()).extracting(ScheduledReview::earliest)
        .isSorted()
        .containsExactly(BASELINE, BASELINE.plusDays(10), BASELINE.plusDays(14), BASELINE.plusDays(44),
            LocalDate.of(2026, 4, 5));
  }
}
