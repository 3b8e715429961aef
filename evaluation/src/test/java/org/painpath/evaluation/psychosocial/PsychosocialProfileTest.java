package org.painpath.evaluation.psychosocial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;

class PsychosocialProfileTest {

  private static Score tsk(int answerToAll) {
    Integer[] answers = new Integer[17];
    Arrays.fill(answers, answerToAll);
    return Instrument.TSK17.score(answers);
  }

  private static final Score PHQ9_LOW = Instrument.PHQ9.score(1, 1, 0, 0, 0, 0, 0, 0, 0);
  private static final Score GAD7_LOW = Instrument.GAD7.score(1, 1, 0, 0, 0, 0, 0);
  private static final Score PCS_LOW = Instrument.PCS.score(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

  @Test
  void low_scores_on_all_four_screens_give_a_complete_profile_without_flags() {
    PsychosocialProfile profile = PsychosocialProfile.from(List.of(PHQ9_LOW, GAD7_LOW, PCS_LOW, tsk(1)));

    assertThat(profile.flags()).isEmpty();
    assertThat(profile.isComplete()).isTrue();
    assertThat(profile.psychologicalCareIndicated()).isFalse();
    assertThat(profile.findings()).isEmpty();
  }

  @Test
  void a_phq9_of_10_flags_depression_and_psychological_therapy() {
    Score phq9 = Instrument.PHQ9.score(2, 2, 2, 2, 2, 0, 0, 0, 0);

    PsychosocialProfile profile = PsychosocialProfile.from(List.of(phq9, GAD7_LOW, PCS_LOW, tsk(1)));

    assertThat(profile.flags()).containsExactly(PsychosocialFlag.DEPRESSION);
    assertThat(profile.psychologicalCareIndicated()).isTrue();
    assertThat(profile.findings()).extracting(Finding::code)
        .containsExactly("depression-screen-positive", "psychological-therapy-indicated");
    assertThat(profile.findings().get(0).values()).containsEntry("threshold", ">= 10 points");
  }

  @Test
  void a_phq9_of_9_does_not_flag_depression() {
    Score phq9 = Instrument.PHQ9.score(2, 2, 2, 2, 1, 0, 0, 0, 0);

    assertThat(PsychosocialProfile.from(List.of(phq9)).has(PsychosocialFlag.DEPRESSION)).isFalse();
  }

  @Test
  void any_answer_on_phq9_item_9_is_self_harm_risk_regardless_of_a_minimal_total() {
    Score phq9 = Instrument.PHQ9.score(0, 0, 0, 0, 0, 0, 0, 0, 1);

    PsychosocialProfile profile = PsychosocialProfile.from(List.of(phq9, GAD7_LOW, PCS_LOW, tsk(1)));

    assertThat(phq9.band()).isEqualTo("minimal");
    assertThat(profile.isUrgent()).isTrue();
    assertThat(profile.findings().get(0).severity()).isEqualTo(Severity.BLOCKING);
    assertThat(profile.findings()).extracting(Finding::code).containsExactly("self-harm-risk");
    assertThat(profile.findings().get(0).message()).contains("same-day safety assessment");
    assertThat(profile.findings().get(0).values()).containsEntry("item9", "1");
    assertThat(profile.psychologicalCareIndicated()).isFalse();
  }

  @Test
  void gad7_of_10_pcs_of_30_and_tsk_of_38_flag_anxiety_catastrophizing_and_fear_avoidance() {
    Score gad7 = Instrument.GAD7.score(2, 2, 2, 2, 2, 0, 0);
    Score pcs = Instrument.PCS.score(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0);

    PsychosocialProfile profile = PsychosocialProfile.from(List.of(PHQ9_LOW, gad7, pcs, tsk(2)));

    assertThat(profile.flags()).containsExactlyInAnyOrder(
        PsychosocialFlag.ANXIETY, PsychosocialFlag.CATASTROPHIZING, PsychosocialFlag.FEAR_AVOIDANCE);
    assertThat(profile.findings()).allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
  }

  @Test
  void an_unscreened_domain_is_reported_as_unknown_not_as_clear() {
    PsychosocialProfile profile = PsychosocialProfile.from(List.of(PHQ9_LOW));

    assertThat(profile.unscreened()).containsExactlyInAnyOrder(Instrument.GAD7, Instrument.PCS, Instrument.TSK17);
    assertThat(profile.isComplete()).isFalse();
    assertThat(profile.findings()).extracting(Finding::code).containsExactly("psychosocial-screen-incomplete");
  }

  @Test
  void two_scores_of_one_instrument_are_ambiguous() {
    assertThatThrownBy(() -> PsychosocialProfile.from(List.of(PHQ9_LOW, GAD7_LOW, PHQ9_LOW)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("scores[2]")).isTrue());
  }
  @Test
  void a_tsk17_of_exactly_37_is_not_high_fear_avoidance() {
    Integer[] answers = new Integer[17];
    Arrays.fill(answers, 2);
    answers[0] = 1; // 37

    assertThat(PsychosocialProfile.from(List.of(Instrument.TSK17.score(answers))).has(PsychosocialFlag.FEAR_AVOIDANCE))
        .isFalse();
  }
  @Test
  void a_flag_finding_says_what_it_means_and_which_threshold_raised_it() {
    Finding anxiety =
        PsychosocialProfile.from(List.of(Instrument.GAD7.score(3, 3, 3, 3, 3, 3, 3))).findings().get(0);

    assertThat(anxiety.message()).isEqualTo("GAD-7 21 (severe): anxiety at or above the screening cut point.");
    assertThat(anxiety.values()).containsEntry("threshold", ">= 10 points").containsEntry("band", "severe");
    assertThat(PsychosocialFlag.FEAR_AVOIDANCE.thresholdText()).isEqualTo("> 37 points");
  }
}
