package org.painpath.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.evaluation.followup.FollowUpPlan;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.psychosocial.PsychosocialProfile;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.redflag.RedFlags;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.evaluation.workup.Workup;

class ResultsSerialiseTest {

  private static JsonNode json(Object value) throws Exception {
    return PainpathJson.reader().readTree(PainpathJson.write(value));
  }

  @Test
  void a_work_up_interpretation_serialises_with_cited_findings() throws Exception {
    Patient patient = Patient.builder().age(Age.years(70)).sex(Sex.M).weightKg(new BigDecimal("80")).build();
    LabPanel panel = LabPanel.of(LabResult.of(LabTest.CK, "2600", "U/L", "30", "200"));
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.SEVERE).build();

    JsonNode node = json(Workup.interpret(patient, panel, signs));

    assertThat(node.get("findings")).isNotEmpty();
    assertThat(node.get("findings").get(0).get("citations")).isNotEmpty();
    assertThat(node.get("redFlags").toString()).contains("CK_ABOVE_10_TIMES_ULN");
  }

  @Test
  void clinical_signs_survive_a_json_round_trip() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
            .morningStiffnessMinutes(50).build();

    assertThat(PainpathJson.read(PainpathJson.write(signs), ClinicalSigns.class)).isEqualTo(signs);
  }

  @Test
  void a_red_flag_assessment_a_psychosocial_profile_and_a_follow_up_plan_serialise() throws Exception {
    assertThat(json(RedFlags.assess(Set.of(RedFlag.SADDLE_ANAESTHESIA))).get("imagingIndicated").asBoolean()).isTrue();
    assertThat(json(PsychosocialProfile.from(List.of(Instrument.PHQ9.score(3, 3, 3, 3, 0, 0, 0, 0, 1))))
            .get("urgent").asBoolean())
        .isTrue();
    assertThat(json(FollowUpPlan.recommend(LocalDate.of(2026, 3, 2), List.of(), List.of(), true)).get("reviews"))
        .hasSize(2);
  }
}
