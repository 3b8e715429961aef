package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TitrateCommandTest {

  private static final String[] OLDER_WOMAN = {"--age", "70", "--sex", "F", "--crcl-ml-min", "50"};

  private static String[] titrate(String drug, String... more) {
    String[] args = new String[3 + OLDER_WOMAN.length + more.length];
    args[0] = "titrate";
    args[1] = "--drug";
    args[2] = drug;
    System.arraycopy(OLDER_WOMAN, 0, args, 3, OLDER_WOMAN.length);
    System.arraycopy(more, 0, args, 3 + OLDER_WOMAN.length, more.length);
    return args;
  }

  @Test
  void json_steps_give_day_daily_total_and_timed_doses() {
    JsonNode json = Cli.run(titrate("duloxetine", "--format", "json")).json();

    assertThat(json.get("drug").asText()).isEqualTo("duloxetine");
    JsonNode first = json.get("steps").get(0);
    assertThat(first.get("day").asInt()).isEqualTo(1);
    assertThat(first.at("/dailyTotal/value").decimalValue()).isEqualByComparingTo("30");
    assertThat(first.at("/dailyTotal/unit").asText()).isEqualTo("mg");
    assertThat(first.at("/doses/0/amount/value").decimalValue()).isEqualByComparingTo("30");
    assertThat(first.at("/doses/0/time").asText()).matches("[0-2][0-9]:[0-5][0-9]");
    assertThat(json.get("targetReachedOnDay").asInt()).isEqualTo(json.get("steps").get(json.get("steps").size() - 1).get("day").asInt());
  }

  @Test
  void each_steps_daily_total_is_the_sum_of_its_doses() {
    JsonNode json = Cli.run(titrate("gabapentin", "--format", "json")).json();

    assertThat(json.get("steps").size()).isGreaterThan(1);
    for (JsonNode step : json.get("steps")) {
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode dose : step.get("doses")) {
        sum = sum.add(dose.at("/amount/value").decimalValue());
      }
      assertThat(sum).isEqualByComparingTo(step.at("/dailyTotal/value").decimalValue());
    }
  }

  @Test
  void text_lists_the_days_the_notes_and_the_sources() {
    String out = Cli.run(titrate("duloxetine")).answered();

    assertThat(out)
        .startsWith("Titration: duloxetine")
        .contains("day   1  30 mg/day")
        .contains("30 mg at 08:00")
        .contains("Target reached on day")
        .contains("- [INFO] older-adult:")
        .contains("Sources:");
  }

  @Test
  void a_drug_painpath_never_starts_is_refused() {
    Cli.run(titrate("oxycodone")).badInput("--drug", "never-initiated");
  }

  @Test
  void without_kidney_function_a_renally_cleared_drug_is_refused() {
    Cli.run("titrate", "--drug", "gabapentin", "--age", "80", "--sex", "M", "--format", "json")
        .badInput("--serum-creatinine-mg-dl", "--weight-kg");
  }

  @Test
  void a_clearance_in_a_higher_band_than_the_creatinine_allows_is_refused_naming_both_options() {
    // Cockcroft-Gault 58.3 mL/min; 60 mL/min given is the next band up (issue 12)
    Cli.run("titrate", "--drug", "gabapentin", "--age", "80", "--sex", "M", "--weight-kg", "70", "--serum-creatinine-mg-dl", "1", "--crcl-ml-min", "60")
        .badInput("--crcl-ml-min", "--serum-creatinine-mg-dl", "contradictory-renal-data");
  }

  @Test
  void haemodialysis_with_a_clearance_of_120_is_refused_naming_both_options() {
    Cli.run("titrate", "--drug", "gabapentin", "--age", "50", "--sex", "F", "--haemodialysis", "--crcl-ml-min", "120")
        .badInput("--crcl-ml-min", "--haemodialysis", "contradictory-renal-data");
  }
}
