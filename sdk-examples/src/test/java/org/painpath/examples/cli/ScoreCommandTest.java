package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ScoreCommandTest {

  @Test
  void json_gives_instrument_total_band_and_loinc() {
    JsonNode json = Cli.run("score", "phq9", "--items", "1,2,3,1,2,3,1,2,0", "--format", "json").json();

    assertThat(json.get("instrument").asText()).isEqualTo("PHQ-9");
    assertThat(json.get("total").decimalValue()).isEqualByComparingTo("15");
    assertThat(json.get("band").asText()).isEqualTo("moderately severe");
    assertThat(json.has("loinc")).isTrue();
    assertThat(json.get("loinc").isNull()).as("the reference gives no LOINC code; none is guessed").isTrue();
    assertThat(json.at("/citations/0/fact").asText()).isEqualTo("OUT-08");
  }

  @Test
  void text_gives_the_total_the_band_and_the_sources() {
    String out = Cli.run("score", "GAD-7", "--items", "3,3,3,3,3,3,3").answered();

    assertThat(out).startsWith("GAD-7 (").contains("total 21, band: severe").contains("Sources:");
  }

  @Test
  void an_unanswered_odi_section_is_left_empty() {
    JsonNode json = Cli.run("score", "odi", "--items", "1,2,,3,4,5,0,1,2,3", "--format", "json").json();

    assertThat(json.get("total").decimalValue()).isEqualByComparingTo("46.7");
    assertThat(json.at("/items/2").isNull()).isTrue();
  }

  @Test
  void an_answer_out_of_range_is_named_by_its_position() {
    String err = Cli.run("score", "nrs", "--items", "11").badInput("--items[0]");

    assertThat(err).contains("0-10").contains("11");
  }

  @Test
  void the_wrong_number_of_items_is_named() {
    Cli.run("score", "phq9", "--items", "1,2,3").badInput("--items", "9 items, 3 were given");
  }

  @Test
  void an_unknown_instrument_and_a_non_number_are_both_named() {
    String err = Cli.run("score", "foo", "--items", "1,x").badInput("INSTRUMENT", "--items[1]");

    assertThat(err).contains("PHQ-9").contains("ODI");
  }

  @Test
  void missing_items_are_named() {
    Cli.run("score", "nrs").badInput("--items");
  }
}
