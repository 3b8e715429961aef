package org.painpath.evaluation.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;

class RedFlagsTest {

  @Test
  void without_red_flags_imaging_is_explicitly_not_indicated() {
    RedFlagAssessment assessment = RedFlags.assess(Set.of());

    assertThat(assessment.imagingIndicated()).isFalse();
    assertThat(assessment.urgentReferral()).isFalse();
    Finding finding = assessment.findings().get(0);
    assertThat(finding.code()).isEqualTo("imaging-not-indicated");
    assertThat(finding.citations()).extracting(c -> c.fact()).containsExactly("RF-09", "PIT-03");
    assertThat(assessment.findings()).hasSize(1);
    assertThat(assessment.any()).isFalse();
    assertThat(finding.message()).startsWith("No red flags");
    assertThat(finding.values()).containsEntry("flags", "none");
  }

  @Test
  void saddle_anaesthesia_is_an_emergency_that_justifies_imaging() {
    RedFlagAssessment assessment = RedFlags.assess(Set.of(RedFlag.SADDLE_ANAESTHESIA));

    assertThat(assessment.urgency()).contains(Urgency.EMERGENCY);
    assertThat(assessment.imagingIndicated()).isTrue();
    assertThat(assessment.urgentReferral()).isTrue();
    assertThat(assessment.findings()).extracting(Finding::code)
        .containsExactly("cauda-equina-or-cord-compression-suspected");
    assertThat(assessment.findings().get(0).severity()).isEqualTo(Severity.BLOCKING);
  }

  @Test
  void suspected_giant_cell_arteritis_is_same_day_but_not_an_imaging_indication() {
    RedFlagAssessment assessment = RedFlags.assess(Set.of(RedFlag.GIANT_CELL_ARTERITIS_FEATURES));

    assertThat(assessment.urgency()).contains(Urgency.SAME_DAY);
    assertThat(assessment.imagingIndicated()).isFalse();
    assertThat(assessment.findings()).extracting(Finding::code)
        .containsExactly("giant-cell-arteritis-suspected", "imaging-not-indicated");
  }

  @Test
  void visual_loss_with_suspected_gca_raises_the_same_finding_to_an_emergency() {
    RedFlagAssessment assessment =
        RedFlags.assess(EnumSet.of(RedFlag.GIANT_CELL_ARTERITIS_FEATURES, RedFlag.VISUAL_LOSS_WITH_SUSPECTED_GCA));

    assertThat(assessment.urgency()).contains(Urgency.EMERGENCY);
    assertThat(assessment.findings().get(0).values()).containsEntry("urgency", "EMERGENCY");
    assertThat(assessment.findings().get(0).message()).contains("emergency department");
  }

  @Test
  void weight_loss_and_a_cancer_history_are_one_malignancy_finding_with_imaging() {
    RedFlagAssessment assessment =
        RedFlags.assess(EnumSet.of(RedFlag.HISTORY_OF_CANCER, RedFlag.UNEXPLAINED_WEIGHT_LOSS));

    assertThat(assessment.findings()).extracting(Finding::code).containsExactly("malignancy-suspected");
    assertThat(assessment.imagingIndicated()).isTrue();
    assertThat(assessment.findings().get(0).severity()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void proximal_weakness_means_a_specialist_referral_not_imaging_and_not_an_urgent_one() {
    RedFlagAssessment assessment = RedFlags.assess(Set.of(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS));

    assertThat(assessment.urgentReferral()).isFalse();
    assertThat(assessment.urgency()).contains(Urgency.REFERRAL);
    assertThat(assessment.findings()).extracting(Finding::code)
        .containsExactly("myopathy-suspected", "imaging-not-indicated");
    assertThat(assessment.any()).isTrue();
    assertThat(assessment.findings().get(1).message()).contains("not imaging");
    assertThat(assessment.findings().get(1).values()).containsEntry("flags", "OBJECTIVE_PROXIMAL_WEAKNESS");
    assertThat(assessment.findings().get(0).message()).contains("objective proximal weakness");
  }

  @Test
  void the_screen_itself_is_required() {
    assertThatThrownBy(() -> RedFlags.assess(null)).isInstanceOf(InvalidInputException.class);
  }
}
