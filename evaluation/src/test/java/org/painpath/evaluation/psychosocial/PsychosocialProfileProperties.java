package org.painpath.evaluation.psychosocial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;

class PsychosocialProfileProperties {

  @Provide
  Arbitrary<List<Integer>> phq9() {
    return Arbitraries.integers().between(0, 3).list().ofSize(9);
  }

  @Provide
  Arbitrary<List<Integer>> pcs() {
    return Arbitraries.integers().between(0, 4).list().ofSize(13);
  }

  @Property
  void a_flag_is_raised_exactly_at_its_published_threshold(
      @ForAll("phq9") List<Integer> phq9Items, @ForAll("pcs") List<Integer> pcsItems) {
    Score phq9 = Instrument.PHQ9.score(phq9Items);
    Score pcs = Instrument.PCS.score(pcsItems);

    PsychosocialProfile profile = PsychosocialProfile.from(List.of(phq9, pcs));

    int phqTotal = phq9Items.stream().mapToInt(Integer::intValue).sum();
    int pcsTotal = pcsItems.stream().mapToInt(Integer::intValue).sum();
    assertThat(profile.has(PsychosocialFlag.DEPRESSION)).isEqualTo(phqTotal >= 10);
    assertThat(profile.has(PsychosocialFlag.CATASTROPHIZING)).isEqualTo(pcsTotal >= 30);
    assertThat(profile.has(PsychosocialFlag.SELF_HARM_RISK)).isEqualTo(phq9Items.get(8) > 0);
    assertThat(profile.isUrgent()).isEqualTo(phq9Items.get(8) > 0);
    assertThat(profile.unscreened()).containsExactlyInAnyOrder(Instrument.GAD7, Instrument.TSK17);
  }

  @Property
  void raising_a_phq9_answer_never_removes_a_flag(
      @ForAll("phq9") List<Integer> items, @ForAll @IntRange(max = 8) int index) {
    if (items.get(index) == 3) {
      return;
    }
    List<Integer> raised = new ArrayList<>(items);
    raised.set(index, items.get(index) + 1);

    PsychosocialProfile before = PsychosocialProfile.from(List.of(Instrument.PHQ9.score(items)));
    PsychosocialProfile after = PsychosocialProfile.from(List.of(Instrument.PHQ9.score(raised)));

    assertThat(after.flags()).containsAll(before.flags());
  }

  /** OUT-08 (safety): any PHQ-9 answering item 9 above 0 flags self-harm risk, in the score as in the profile, whatever the total. */
  @Property
  void item_9_above_0_is_a_self_harm_risk_in_the_score_and_the_profile_whatever_the_total(
      @ForAll("phq9") List<Integer> items, @ForAll @IntRange(min = 1, max = 3) int item9) {
    List<Integer> endorsed = new ArrayList<>(items);
    endorsed.set(8, item9);
    Score score = Instrument.PHQ9.score(endorsed);

    assertThat(score.selfHarmRisk()).isTrue();
    assertThat(PsychosocialProfile.from(List.of(score)).isUrgent()).isTrue();
    assertThat(Instrument.PHQ9.score(items).selfHarmRisk()).isEqualTo(items.get(8) > 0);
  }
}
