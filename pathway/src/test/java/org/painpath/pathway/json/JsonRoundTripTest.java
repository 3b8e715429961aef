package org.painpath.pathway.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pathway.state.CaseState;

class JsonRoundTripTest {

  @Test
  void every_event_command_and_recommendation_type_has_an_explicit_kebab_case_type_name() {
    for (Class<?> sealed : List.of(PathwayEvent.class, Command.class, Recommendation.class)) {
      List<String> names =
          Arrays.stream(sealed.getPermittedSubclasses())
              .map(t -> t.getAnnotation(JsonTypeName.class))
              .map(n -> n == null ? "MISSING" : n.value())
              .toList();
      assertThat(names).as(sealed.getSimpleName()).allMatch(n -> n.matches("[a-z]+(-[a-z0-9]+)*"));
      assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }
  }

  @Test
  void the_sample_logs_hold_every_kind_of_event_but_a_few_and_read_back_to_the_same_state() {
    Set<String> seen =
        SampleCases.all().stream()
            .flatMap(s -> s.log().events().stream())
            .map(e -> e.getClass().getAnnotation(JsonTypeName.class).value())
            .collect(Collectors.toSet());
    assertThat(seen).contains("case-opened", "workup-interpreted", "statin-held", "drug-trial-started", "dose-changed",
        "drug-trial-ended", "taper-completed", "psychosocial-profile-assessed", "cause-reviewed");
    for (SampleCase sample : SampleCases.all()) {
      CaseLog again = CaseLog.read(sample.log().toJson());
      assertThat(again).isEqualTo(sample.log());
      assertThat(again.replay()).isEqualTo(sample.log().replay());
    }
  }

  @Test
  void a_case_state_reads_back_from_its_json_including_its_derived_phase() {
    for (SampleCase sample : SampleCases.all()) {
      CaseState state = sample.log().replay();
      String json = PainpathJson.write(state);

      assertThat(json).contains("\"phase\":\"" + state.phase() + "\"");
      assertThat(PainpathJson.read(json, CaseState.class)).isEqualTo(state);
    }
  }

  @Test
  void a_plan_and_its_recommendations_read_back_from_json() {
    for (SampleCase sample : SampleCases.all()) {
      Plan plan = Pathway.standard().plan(sample.log(), sample.asOf());
      assertThat(PainpathJson.read(PainpathJson.write(plan), Plan.class)).isEqualTo(plan);
    }
  }

  @Test
  void commands_and_decisions_read_back_from_json() {
    LocalDate day = LocalDate.of(2025, 1, 2);
    Command command = StartDrugTrial.bySchedule(day, "duloxetine");
    assertThat(PainpathJson.read(PainpathJson.write(command), Command.class)).isEqualTo(command);

    CaseState state = CaseState.initial(SampleCases.get("statin-myalgia").log().patient());
    Decision refused = Pathway.standard().decide(state, command, day);
    Decision accepted = Pathway.standard().decide(state, new OpenCase(day, "rest", true), day);
    assertThat(PainpathJson.write(refused)).startsWith("{\"decision\":\"rejected\",\"reasons\":[{\"code\":\"case-not-open\"");
    assertThat(PainpathJson.read(PainpathJson.write(refused), Decision.class)).isEqualTo(refused);
    assertThat(PainpathJson.read(PainpathJson.write(accepted), Decision.class)).isEqualTo(accepted);
  }

  @Test
  void a_command_with_a_blank_reason_or_half_a_dose_is_bad_input_naming_the_field() {
    assertThatThrownBy(() -> PainpathJson.read("{\"type\":\"skip-workup\",\"date\":\"2025-01-02\",\"reason\":\" \"}", Command.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasField("reason")).isTrue());
    assertThatThrownBy(
            () ->
                PainpathJson.read(
                    "{\"type\":\"start-drug-trial\",\"date\":\"2025-01-02\",\"drug\":\"duloxetine\",\"dose\":{\"value\":30,\"unit\":\"mg\"}}",
                    Command.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasField("frequency")).isTrue());
  }
}
