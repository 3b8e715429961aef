package org.painpath.evaluation.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.evaluation.followup.FollowUpPlan;
import org.painpath.evaluation.statin.CkCategory;
import org.painpath.evaluation.statin.CkReading;
import org.painpath.evaluation.statin.StatinMuscleSymptoms;
import org.painpath.evaluation.statin.MuscleSymptoms;

/** Null and impossible arguments to evaluation's entry points are named problems, never an NPE or a Java exception text. */
class EvaluationNullInputsTest {

  @Test
  void a_follow_up_plan_without_a_baseline_names_the_baseline_and_every_null_date() {
    InvalidInputException refused = catchThrowableOfType(
        InvalidInputException.class, () -> FollowUpPlan.recommend(null, Arrays.asList(LocalDate.of(2026, 1, 1), null), null, false));

    assertThat(refused.problems().list())
        .extracting(Problem::field, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("baseline", "required"),
            org.assertj.core.groups.Tuple.tuple("startsOrDoseSteps[1]", "required"),
            org.assertj.core.groups.Tuple.tuple("adequateTrialEnds", "required"));
  }

  @Test
  void a_ck_reading_without_its_value_or_upper_limit_names_both() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> new CkReading(null, null));

    assertThat(refused.problems().list()).extracting(Problem::field).containsExactlyInAnyOrder("ck.value", "ck.upperLimit");
  }

  @Test
  void a_ck_category_of_a_null_or_non_positive_upper_limit_is_a_named_problem() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> CkCategory.of(new BigDecimal("100"), null)).problems().list())
        .extracting(Problem::field, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("upperLimit", "required"));
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> CkCategory.of(new BigDecimal("100"), BigDecimal.ZERO)).problems().list())
        .extracting(Problem::field, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("upperLimit", "implausible"));
  }

  @Test
  void statin_muscle_symptoms_need_symptoms_and_the_list_of_unknown_index_items() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> StatinMuscleSymptoms.assess(null, null, null, null)).problems().list())
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("symptoms", "missingIndexItems");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> StatinMuscleSymptoms.assess(MuscleSymptoms.NONE, null, null, List.of())).problems().list())
        .extracting(Problem::code)
        .containsExactly("no-symptoms");
  }
}
