package org.painpath.evaluation.statin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamsClinicalIndexTest {

  @Test
  void the_lowest_answers_total_2_and_are_unlikely() {
    SamsClinicalIndex index =
        new SamsClinicalIndex(SamsPattern.NONSPECIFIC_ASYMMETRIC_INTERMITTENT, SamsOnset.AFTER_12_WEEKS,
            SamsDechallenge.NO_IMPROVEMENT_AFTER_4_WEEKS, SamsRechallenge.NO_RECURRENCE_WITHIN_12_WEEKS);

    assertThat(index.total()).isEqualTo(2);
    assertThat(index.likelihood()).isEqualTo(SamsLikelihood.UNLIKELY);
  }

  @Test
  void calf_aches_within_4_weeks_improving_within_2_weeks_without_rechallenge_total_7_possible() {
    SamsClinicalIndex index =
        new SamsClinicalIndex(SamsPattern.SYMMETRIC_CALF, SamsOnset.WITHIN_4_WEEKS,
            SamsDechallenge.IMPROVES_WITHIN_2_WEEKS, SamsRechallenge.NO_RECURRENCE_WITHIN_12_WEEKS);

    assertThat(index.total()).isEqualTo(7);
    assertThat(index.likelihood()).isEqualTo(SamsLikelihood.POSSIBLE);
  }

  @Test
  void six_is_unlikely_and_nine_is_probable() {
    assertThat(new SamsClinicalIndex(SamsPattern.SYMMETRIC_UPPER_PROXIMAL, SamsOnset.FROM_4_TO_12_WEEKS,
            SamsDechallenge.IMPROVES_WITHIN_2_WEEKS, SamsRechallenge.NO_RECURRENCE_WITHIN_12_WEEKS).likelihood())
        .isEqualTo(SamsLikelihood.UNLIKELY);
    assertThat(new SamsClinicalIndex(SamsPattern.SYMMETRIC_HIP_FLEXOR_OR_THIGH, SamsOnset.WITHIN_4_WEEKS,
            SamsDechallenge.IMPROVES_IN_2_TO_4_WEEKS, SamsRechallenge.SAME_SYMPTOMS_IN_4_TO_12_WEEKS).total())
        .isEqualTo(8);
    assertThat(new SamsClinicalIndex(SamsPattern.SYMMETRIC_HIP_FLEXOR_OR_THIGH, SamsOnset.WITHIN_4_WEEKS,
            SamsDechallenge.NO_IMPROVEMENT_AFTER_4_WEEKS, SamsRechallenge.SAME_SYMPTOMS_WITHIN_4_WEEKS).likelihood())
        .isEqualTo(SamsLikelihood.PROBABLE);
  }
}
