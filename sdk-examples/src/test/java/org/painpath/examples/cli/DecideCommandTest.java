package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {

  private static final String README_EXAMPLE = "../docs/examples/decide-command.json";

  @TempDir Path dir;

  private String file(String command) throws IOException {
    String log = Files.readString(Path.of("../docs/examples/plan-case.json"), StandardCharsets.UTF_8);
    return file("{\"log\": " + log + ", \"command\": " + command + "}", "decide.json");
  }

  private String file(String json, String name) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static List<String> codes(JsonNode findings) {
    List<String> codes = new ArrayList<>();
    findings.forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }

  @Test
  void the_readme_example_is_refused_with_its_reasons_each_cited() {
    JsonNode json = Cli.run("decide", README_EXAMPLE, "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(json.get("decision").asText()).isEqualTo("rejected");
    assertThat(json.get("command").asText()).isEqualTo("start-drug-trial");
    assertThat(json.get("events").size()).isZero();
    assertThat(codes(json.get("reasons"))).containsExactly("no-neuropathic-component");
    assertThat(json.at("/reasons/0/severity").asText()).isEqualTo("BLOCKING");
    assertThat(json.at("/reasons/0/citations/0/fact").asText()).isEqualTo("PIT-06");
    assertThat(json.get("sources").size()).isPositive();
  }

  @Test
  void text_of_a_refusal_lists_the_reasons_and_the_sources() {
    String text = Cli.run("decide", README_EXAMPLE, "--as-of", "2025-03-26").answered();

    assertThat(text).startsWith("Command start-drug-trial on 2025-03-26: REJECTED; nothing is recorded. Reasons:\n")
        .contains("- [BLOCKING] no-neuropathic-component (pregabalin): ").contains("[PIT-06: R44, R24]").contains("Sources:\n");
  }

  @Test
  void an_accepted_command_gives_the_events_the_pathway_records() throws IOException {
    String f = file("{\"type\": \"record-outcome\", \"date\": \"2025-03-26\", \"instrument\": \"PHQ-9\", \"items\": [0,0,0,0,0,0,0,0,2]}");

    JsonNode json = Cli.run("decide", f, "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(json.get("decision").asText()).isEqualTo("accepted");
    List<String> types = new ArrayList<>();
    json.get("events").forEach(e -> types.add(e.get("type").asText()));
    assertThat(types).contains("outcome-measured", "psychosocial-profile-assessed", "urgent-referral-made");
    assertThat(json.get("reasons").size()).isZero();
    String text = Cli.run("decide", f, "--as-of", "2025-03-26").answered();
    assertThat(text).contains("ACCEPTED; the pathway records").contains("2025-03-26  outcome-measured: instrument PHQ9")
        .contains("- [BLOCKING] self-harm-risk");
  }

  @Test
  void imaging_without_a_red_flag_is_recorded_as_such() throws IOException {
    String f = file("{\"type\": \"request-imaging\", \"date\": \"2025-03-26\", \"region\": \"lumbar spine\", \"reason\": \"persistent pain\"}");

    JsonNode json = Cli.run("decide", f, "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(json.at("/events/0/type").asText()).isEqualTo("imaging-requested");
    assertThat(json.at("/events/0/redFlagPresent").asBoolean()).isFalse();
  }

  @Test
  void a_command_dated_after_the_as_of_date_is_the_deciders_to_refuse() throws IOException {
    String f = file("{\"type\": \"order-workup\", \"date\": \"2025-04-30\"}");

    JsonNode json = Cli.run("decide", f, "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(json.get("decision").asText()).isEqualTo("rejected");
    assertThat(codes(json.get("reasons"))).contains("dated-after-as-of");
  }

  @Test
  void an_unknown_command_type_and_missing_fields_are_named() throws IOException {
    Cli.run("decide", file("{\"type\": \"start-opioid\", \"date\": \"2025-03-26\"}")).badInput("command.type");
    Cli.run("decide", file("{\"type\": \"request-imaging\", \"date\": \"2025-03-26\", \"region\": \"\", \"extra\": 1}"))
        .badInput("command.region", "command.reason", "command.extra");
  }

  @Test
  void a_bad_log_and_a_bad_command_are_named_in_one_run() throws IOException {
    String badLog = "{\"schemaVersion\": 3, \"patient\": {\"age\": 50, \"sex\": \"F\"}, \"events\": ["
        + "{\"type\": \"case-opened\", \"date\": \"2025-01-01\", \"conservativeCare\": \"6 weeks\", \"neuropathicComponent\": false},"
        + "{\"type\": \"opioid-recorded\", \"date\": \"2025-01-02\", \"drug\": \"nodrug\", \"dose\": {\"value\": 5, \"unit\": \"mg\"}, \"frequency\": \"QD\"}]}";
    String f = file("{\"log\": " + badLog + ", \"command\": {\"type\": \"start-drug-trial\", \"date\": \"2025-03-26\", \"drug\": \" \"}}", "bad.json");

    Cli.run("decide", f, "--as-of", "2025-03-26").badInput("log.events[1].drug", "command.drug");
  }

  @Test
  void the_log_and_the_command_are_required() throws IOException {
    Cli.run("decide", file("{}", "empty.json")).badInput("log", "command");
  }

  @Test
  void help_names_the_schema_and_the_decision_support_statement() {
    assertThat(Cli.run("decide", "--help").answered().replaceAll("\\s+", "")).contains("decide-input.schema.json").contains("doesnotreplaceclinicaljudgement");
  }
}
