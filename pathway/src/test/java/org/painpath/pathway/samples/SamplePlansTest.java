package org.painpath.pathway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.RechallengeStatin;
import org.painpath.pathway.plan.Refer;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.StartIntervention;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.state.Phase;

/** What the command line demo shows for each sample, as of the sample's date. */
class SamplePlansTest {

  private static Plan plan(String name) {
    SampleCase sample = SampleCases.get(name);
    return Pathway.standard().plan(sample.log(), sample.asOf());
  }

  @Test
  void the_statin_myalgia_sample_is_ready_for_a_rechallenge() {
    Plan plan = plan("statin-myalgia");

    assertThat(plan.state().phase()).isEqualTo(Phase.STATIN_SUBPATHWAY);
    assertThat(plan.recommendations()).first().isInstanceOf(RechallengeStatin.class);
  }

  @Test
  void the_older_patient_sample_continues_gabapentin_titration_within_his_renal_band() {
    Plan plan = plan("older-reduced-kidney-function-gabapentinoid");

    assertThat(plan.recommendations())
        .filteredOn(TitrateDrug.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((TitrateDrug) r).nextStep().daily().amount().value().intValue()).isEqualTo(300));
  }

  @Test
  void the_depression_sample_is_offered_psychological_care_and_warned_about_passive_care_alone() {
    Plan plan = plan("depression-catastrophizing");

    assertThat(plan.recommendations())
        .filteredOn(StartIntervention.class::isInstance)
        .extracting(r -> ((StartIntervention) r).intervention())
        .containsExactly("structured-exercise", "cbt");
    assertThat(plan.recommendations()).hasAtLeastOneElementOfType(StartDrug.class);
    assertThat(plan.warnings())
        .extracting(w -> w.code())
        .containsExactly("passive-treatment-only", "psychosocial-flags-unaddressed");
  }

  @Test
  void the_two_failed_trials_sample_is_referred_for_multidisciplinary_rehabilitation() {
    Plan plan = plan("two-failed-trials");

    assertThat(plan.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(((Refer) r).to()).isEqualTo(Specialty.MULTIDISCIPLINARY_PAIN_REHABILITATION));
  }

  @Test
  void the_rising_creatinine_sample_reduces_gabapentin_to_the_new_renal_ceiling_on_the_date_of_the_result() {
    Plan plan = plan("creatinine-rises-during-gabapentin");

    assertThat(plan.recommendations())
        .first()
        .isInstanceOfSatisfying(
            org.painpath.pathway.plan.ReduceDose.class,
            r -> {
              assertThat(r.to().daily().amount().value().intValue()).isEqualTo(700);
              assertThat(r.rationale()).contains("kidney data of 2025-03-03");
            });
    assertThat(plan.warnings()).extracting(w -> w.code()).contains("recorded-dose-above-limits");
  }

  @Test
  void a_plan_prints_as_state_recommendations_with_kinds_and_warnings_with_codes() {
    String json = PainpathJson.write(plan("depression-catastrophizing"));

    assertThat(json)
        .startsWith("{\"state\":{\"phase\":\"MULTIMODAL_TREATMENT\"")
        .contains("\"recommendations\":[{\"kind\":\"start-drug\"")
        .contains("\"warnings\":[{\"code\":\"passive-treatment-only\"");
  }
}
