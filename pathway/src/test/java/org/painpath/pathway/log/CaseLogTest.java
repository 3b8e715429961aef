package org.painpath.pathway.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.intervention.Modality;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.WorkupStatus;

class CaseLogTest {

  private static final Patient PATIENT = Patient.builder().age(Age.years(50)).sex(Sex.M).build();
  private static final LocalDate DAY = LocalDate.of(2025, 5, 1);

  @Test
  void a_log_written_by_schema_version_1_still_loads_and_replays() throws IOException {
    CaseLog log = CaseLog.read(fixture("case-log-v1.json"));

    assertThat(log.schemaVersion()).isEqualTo(CaseLog.CURRENT_SCHEMA_VERSION);
    assertThat(log.events()).hasSize(6);
    assertThat(log.events().get(0)).isEqualTo(
        new CaseOpened(LocalDate.of(2025, 3, 3), "8 weeks of paracetamol, heat and a home exercise sheet", false));
    assertThat(log.events().get(5))
        .isEqualTo(new InterventionStarted(LocalDate.of(2025, 3, 12), "massage-myofascial-release", Modality.PASSIVE));
    CaseState state = log.replay();
    assertThat(state.phase()).isEqualTo(Phase.MULTIMODAL_TREATMENT);
    assertThat(state.evaluation().status()).isEqualTo(WorkupStatus.INTERPRETED);
    assertThat(state.outcomes()).singleElement().satisfies(o -> assertThat(o.instrument()).isEqualTo("PEG"));
  }

  @Test
  void an_upgraded_log_written_again_reads_back_to_the_same_log_and_state() throws IOException {
    CaseLog upgraded = CaseLog.read(fixture("case-log-v1.json"));

    CaseLog again = CaseLog.read(upgraded.toJson());

    assertThat(again).isEqualTo(upgraded);
    assertThat(again.replay()).isEqualTo(upgraded.replay());
    assertThat(upgraded.toJson()).contains("\"schemaVersion\" : 3").doesNotContain("\"on\"");
  }

  @Test
  void a_schema_version_from_the_future_is_refused_naming_the_field() {
    String json = "{\"schemaVersion\": 4, \"patient\": {\"age\": 50, \"sex\": \"M\"}, \"events\": []}";

    assertThatThrownBy(() -> CaseLog.read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().hasCode("unsupported-schema-version")).isTrue());
  }

  @Test
  void a_log_without_a_schema_version_is_refused() {
    assertThatThrownBy(() -> CaseLog.read("{\"patient\": {\"age\": 50, \"sex\": \"M\"}, \"events\": []}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("schemaVersion")).isTrue());
  }

  @Test
  void a_v1_intervention_unknown_to_the_catalogue_is_named_with_its_event_index() {
    String json =
        "{\"schemaVersion\": 1, \"patient\": {\"age\": 50, \"sex\": \"M\"}, \"events\": ["
            + "{\"type\": \"case-opened\", \"on\": \"2025-01-01\", \"conservativeCare\": \"rest\"},"
            + "{\"type\": \"intervention-started\", \"on\": \"2025-01-02\", \"intervention\": \"cupping\"}]}";

    assertThatThrownBy(() -> CaseLog.read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().hasField("events[1].intervention")).isTrue());
  }

  @Test
  void a_log_whose_events_go_back_in_time_fails_on_replay_naming_the_event() {
    CaseLog log =
        CaseLog.start(PATIENT)
            .append(List.of(new CaseOpened(DAY, "rest", false), new WorkupSkipped(DAY.minusDays(1), "done last week")));

    assertThatThrownBy(log::replay)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("events[1].date")).isTrue());
  }

  @Test
  void a_log_in_memory_is_always_at_the_current_schema_version() {
    assertThatThrownBy(() -> new CaseLog(1, PATIENT, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasCode("unsupported-schema-version")).isTrue());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = CaseLogTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
