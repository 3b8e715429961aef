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
import org.painpath.core.json.PainpathJson;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

class ValidateCommandTest {

  /** The example file the README and the demo show (docs/examples, relative to this module). */
  private static final String README_EXAMPLE = "../docs/examples/validate-orders.json";

  private static final String ADULT = "{\"age\": 50, \"sex\": \"M\", \"creatinineClearance\": 90}";

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("orders.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static String order(String date, String mg, String frequency, String... times) {
    String at = times.length == 0 ? "" : ", \"times\": [\"" + String.join("\", \"", times) + "\"]";
    return "{\"date\": \"" + date + "\", \"dose\": {\"value\": " + mg + ", \"unit\": \"mg\"}, \"frequency\": \"" + frequency + "\"" + at + "}";
  }

  private static String input(String patient, String drug, String... orders) {
    return "{\"patient\": " + patient + ", \"drug\": \"" + drug + "\", \"orders\": [" + String.join(", ", orders) + "]}";
  }

  private static List<String> codes(JsonNode json) {
    List<String> codes = new ArrayList<>();
    json.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }

  @Test
  void the_readme_example_steps_above_300_mg_before_pregabalins_14_days_at_it() {
    JsonNode json = Cli.run("validate", README_EXAMPLE, "--as-of", "2026-01-25", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(codes(json)).contains("step-too-soon");
    JsonNode hold = null;
    for (JsonNode f : json.get("findings")) {
      if (f.at("/values/holdDays").asText().equals("14")) {
        hold = f;
      }
    }
    assertThat(hold).as("the PGB-02 hold finding").isNotNull();
    assertThat(hold.get("severity").asText()).isEqualTo("MAJOR");
    assertThat(hold.at("/values/daysHeld").asText()).isEqualTo("10");
    assertThat(hold.at("/citations/0/fact").asText()).isEqualTo("PGB-02");
    assertThat(json.at("/orders/2/findings").toString()).contains("step-too-soon");
    assertThat(json.at("/orders/2/day").asInt()).isEqualTo(16);
    assertThat(json.at("/current/since").asText()).isEqualTo("2026-01-20");
    assertThat(json.at("/current/daysHeld").asInt()).isEqualTo(5);
    assertThat(json.get("sources").size()).isPositive();
  }

  @Test
  void the_findings_it_writes_are_the_sdks_validation_of_the_same_steps() throws IOException {
    JsonNode json = Cli.run("validate", README_EXAMPLE, "--as-of", "2026-01-25", "--format", "json").json();

    ValidateInput input = PainpathJson.read(Files.readString(Path.of(README_EXAMPLE)), ValidateInput.class);
    List<TitrationStep> steps = new ArrayList<>();
    for (ValidateInput.Order o : input.orders()) {
      int day = (int) java.time.temporal.ChronoUnit.DAYS.between(input.orders().get(0).date(), o.date()) + 1;
      steps.add(TitrationStep.ordered(day, o.dose(), o.frequency(), List.of()));
    }
    var sdk = Pharmacology.bundled().validate(TitrationSchedule.proposed(input.drug(), steps), input.patient());
    assertThat(sdk).isNotEmpty();
    assertThat(json.get("findings")).isEqualTo(PainpathJson.toTree(sdk));
  }

  @Test
  void text_shows_each_order_with_the_findings_about_its_day_and_the_sources() {
    String text = Cli.run("validate", README_EXAMPLE, "--as-of", "2026-01-25").answered();

    assertThat(text).startsWith("Orders of pregabalin, indication OTHER: ACCEPTED_WITH_WARNINGS");
    assertThat(text).contains("2026-01-20  day  16  600 mg/day").contains("- [MAJOR] step-too-soon: Day 16: above 300 mg/day after 10 days at it")
        .contains("[PGB-02: R01]").contains("On 2026-01-25: 600 mg/day since 2026-01-20 (5 days).").contains("Sources:\n  R01  ");
  }

  @Test
  void bupropion_sr_doses_closer_than_8_hours_are_flagged() throws IOException {
    String f = file(input(ADULT, "bupropion-sr", order("2026-01-05", "150", "QAM"), order("2026-01-09", "150", "BID", "08:00", "12:00")));

    JsonNode json = Cli.run("validate", f, "--as-of", "2026-01-09", "--format", "json").json();

    assertThat(codes(json)).contains("doses-too-close");
    assertThat(json.toString()).contains("BUP-01");
  }

  @Test
  void an_older_frail_patient_steps_only_at_the_slower_pace() throws IOException {
    String older = "{\"age\": 78, \"sex\": \"F\", \"creatinineClearance\": 70, \"frail\": true}";
    String f = file(input(older, "duloxetine", order("2026-01-05", "30", "QD"), order("2026-01-12", "60", "QD")));

    JsonNode json = Cli.run("validate", f, "--as-of", "2026-01-12", "--format", "json").json();

    assertThat(codes(json)).containsExactly("step-too-soon");
    assertThat(json.at("/findings/0/values/minDaysBetweenSteps").asText()).isEqualTo("14");
  }

  @Test
  void a_start_above_the_patients_start_and_a_dose_above_the_maximum_are_judged() throws IOException {
    String f = file(input(ADULT, "pregabalin", order("2026-01-05", "150", "BID"), order("2026-01-19", "400", "BID")));

    JsonNode json = Cli.run("validate", f, "--as-of", "2026-01-19", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(codes(json)).contains("step-too-large");
    assertThat(json.at("/orders/1/findings").size()).isPositive();
  }

  @Test
  void orders_within_the_limits_are_accepted_and_a_planned_course_has_no_current_dose_yet() throws IOException {
    String f = file(input(ADULT, "duloxetine", order("2026-02-01", "30", "QD"), order("2026-02-15", "60", "QD")));

    JsonNode json = Cli.run("validate", f, "--as-of", "2026-01-25", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED");
    assertThat(json.get("findings").size()).isZero();
    assertThat(json.at("/current/since").isNull()).isTrue();
    assertThat(Cli.run("validate", f, "--as-of", "2026-01-25").answered()).contains("no order is in force yet");
  }

  @Test
  void an_unknown_drug_is_bad_input_naming_it() throws IOException {
    Cli.run("validate", file(input(ADULT, "pregabalinx", order("2026-01-05", "75", "BID"))), "--as-of", "2026-01-05")
        .badInput("drug: \"pregabalinx\" is not in the pack", "[unknown-drug]");
  }

  @Test
  void a_renally_cleared_drug_without_kidney_function_names_the_missing_fields() throws IOException {
    String f = file(input("{\"age\": 50, \"sex\": \"M\"}", "pregabalin", order("2026-01-05", "75", "BID")));

    Cli.run("validate", f, "--as-of", "2026-01-05").badInput("patient.serumCreatinine", "patient.weightKg", "renal-function-unknown");
  }

  @Test
  void orders_out_of_date_order_and_times_that_do_not_match_the_frequency_are_each_named() throws IOException {
    String f = file(input(ADULT, "pregabalin", order("2026-01-05", "75", "BID", "08:00"), order("2026-01-05", "150", "BID")));

    Cli.run("validate", f, "--as-of", "2026-01-05").badInput("orders[0].times", "count-mismatch", "orders[1].date", "not-increasing");
  }

  @Test
  void schema_violations_name_each_json_path() throws IOException {
    String f = file("{\"patient\": {\"age\": 50, \"sex\": \"M\"}, \"orders\": [{\"dose\": 3, \"times\": [\"8am\"]}], \"extra\": 1}");

    Cli.run("validate", f).badInput("drug", "orders[0].date", "orders[0].dose", "orders[0].frequency", "orders[0].times[0]", "extra");
  }

  @Test
  void no_orders_is_refused() throws IOException {
    Cli.run("validate", file(input(ADULT, "pregabalin"))).badInput("orders");
  }

  @Test
  void an_unknown_frequency_is_named() throws IOException {
    Cli.run("validate", file(input(ADULT, "pregabalin", order("2026-01-05", "75", "TWICE")))).badInput("orders[0].frequency", "unknown-frequency");
  }

  @Test
  void a_missing_file_or_malformed_json_is_named() throws IOException {
    Cli.run("validate", dir.resolve("absent.json").toString()).badInput("absent.json", "no such file");
    Cli.run("validate", file("{\"patient\": ")).badInput("orders.json", "malformed-json");
  }

  @Test
  void help_names_the_schema_and_the_decision_support_statement() {
    String help = Cli.run("validate", "--help").answered().replaceAll("\\s+", "");

    assertThat(help).contains("validate-input.schema.json").contains("--as-of").contains("--format").contains("doesnotreplaceclinicaljudgement");
  }

  @Test
  void the_steps_of_an_order_without_times_are_the_frequencys_standard_times() {
    TitrationStep step = TitrationStep.ordered(1, Dose.of("75 mg"), Frequency.parse("BID"), List.of());

    assertThat(step.schedule().doses()).extracting(d -> d.time().toString()).containsExactly("08:00", "20:00");
  }
}
