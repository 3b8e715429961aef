package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ChangeCommandTest {

  @Test
  void json_gives_absolute_and_percent_change_and_the_category() {
    JsonNode json = Cli.run("change", "NRS", "--baseline", "8", "--follow-up", "4", "--format", "json").json();

    assertThat(json.get("absoluteChange").decimalValue()).isEqualByComparingTo("4");
    assertThat(json.get("percentChange").decimalValue()).isEqualByComparingTo("50");
    assertThat(json.get("category").asText()).isEqualTo("SUBSTANTIAL");
    assertThat(json.get("responder").asBoolean()).isTrue();
  }

  @Test
  void a_deterioration_is_worse_with_a_negative_change() {
    JsonNode json = Cli.run("change", "peg", "--baseline", "5", "--follow-up", "6", "--format", "json").json();

    assertThat(json.get("absoluteChange").decimalValue().signum()).isNegative();
    assertThat(json.get("category").asText()).isEqualTo("WORSE");
  }

  @Test
  void percent_change_is_null_from_a_baseline_of_zero() {
    JsonNode json = Cli.run("change", "phq9", "--baseline", "0", "--follow-up", "0", "--format", "json").json();

    assertThat(json.get("percentChange").isNull()).isTrue();
    assertThat(json.get("category").asText()).isEqualTo("NONE");
  }

  @Test
  void text_explains_which_threshold_decided() {
    String out = Cli.run("change", "nrs", "--baseline", "6", "--follow-up", "4").answered();

    assertThat(out).startsWith("NRS 6 -> 4: MODERATE (responder)").contains("33.3 %").contains("OUT-03").contains("Sources:");
  }

  @Test
  void totals_outside_the_instrument_are_named_by_option() {
    Cli.run("change", "phq9", "--baseline", "30", "--follow-up", "2.5").badInput("--baseline", "--follow-up", "0-27", "whole numbers");
  }

  @Test
  void a_total_that_is_not_a_number_is_named() {
    Cli.run("change", "nrs", "--baseline", "eight", "--follow-up", "4").badInput("--baseline", "eight");
  }

  @Test
  void a_missing_follow_up_is_named() {
    Cli.run("change", "nrs", "--baseline", "8").badInput("--follow-up");
  }
}
