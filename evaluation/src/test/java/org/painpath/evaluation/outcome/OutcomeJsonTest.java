package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;

class OutcomeJsonTest {

  @Test
  void a_score_serialises_with_instrument_total_band_and_loinc() throws Exception {
    JsonNode json = PainpathJson.reader().readTree(PainpathJson.write(Instrument.PHQ9.score(1, 1, 1, 1, 1, 1, 1, 1, 0)));

    assertThat(json.get("instrument").asText()).isEqualTo("PHQ-9");
    assertThat(json.get("total").decimalValue()).isEqualByComparingTo("8");
    assertThat(json.get("band").asText()).isEqualTo("mild");
    assertThat(json.has("loinc")).isTrue();
    assertThat(json.get("loinc").isNull()).isTrue();
  }

  @Test
  void a_score_read_back_is_rescored_from_its_items_so_a_forged_total_is_ignored() {
    Score read =
        PainpathJson.read("{\"instrument\":\"peg\",\"items\":[4,5,6],\"total\":0,\"band\":\"mild\"}", Score.class);

    assertThat(read.total()).isEqualByComparingTo("5");
    assertThat(read.band()).isEqualTo("moderate");
  }

  @Test
  void a_score_with_bad_items_in_json_is_rejected_with_the_item_named() {
    assertThatThrownBy(() -> PainpathJson.read("{\"instrument\":\"GAD-7\",\"items\":[0,0,0,0,0,0,9]}", Score.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getMessage()).contains("items[6]"));
  }

  @Test
  void a_change_serialises_for_the_command_line() throws Exception {
    Change change = Change.between(Instrument.PEG, new BigDecimal("6"), new BigDecimal("3"));

    JsonNode json = PainpathJson.reader().readTree(PainpathJson.write(change));

    assertThat(json.get("absoluteChange").decimalValue()).isEqualByComparingTo("3");
    assertThat(json.get("percentChange").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(json.get("category").asText()).isEqualTo("SUBSTANTIAL");
    assertThat(json.get("responder").asBoolean()).isTrue();
    assertThat(json.get("citations")).isNotEmpty();
  }
}
