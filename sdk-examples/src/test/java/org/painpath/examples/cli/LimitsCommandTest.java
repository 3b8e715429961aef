package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LimitsCommandTest {

  /** 72-year-old woman, 60 kg, creatinine 1.4 mg/dL: Cockcroft-Gault 34.4 mL/min, pregabalin's 30-60 band. */
  private static final String[] OLDER_WOMAN_WITH_CKD = {
    "--age", "72", "--sex", "F", "--weight-kg", "60", "--serum-creatinine-mg-dl", "1.4"
  };

  private static String[] limits(String drug, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "limits";
    args[1] = "--drug";
    args[2] = drug;
    System.arraycopy(more, 0, args, 3, more.length);
    return args;
  }

  private static String[] plus(String[] first, String... then) {
    String[] all = java.util.Arrays.copyOf(first, first.length + then.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }

  @Test
  void json_has_the_documented_fields_with_quantities_as_value_and_ucum_unit() {
    JsonNode json = Cli.run(plus(limits("pregabalin", OLDER_WOMAN_WITH_CKD), "--format", "json")).json();

    assertThat(json.get("drug").asText()).isEqualTo("pregabalin");
    assertThat(json.get("rxnorm").asText()).isEqualTo("187832");
    assertThat(json.get("avoid").asBoolean()).isFalse();
    assertThat(json.at("/start/dose/value").decimalValue()).isEqualByComparingTo("25");
    assertThat(json.at("/start/dose/unit").asText()).isEqualTo("mg");
    assertThat(json.at("/start/timesPerDay").decimalValue()).isEqualByComparingTo("2");
    assertThat(json.at("/step/value").decimalValue()).isEqualByComparingTo("50");
    assertThat(json.get("minDaysBetweenSteps").asInt()).isEqualTo(7);
    assertThat(json.at("/target/min/unit").asText()).isEqualTo("mg");
    assertThat(json.at("/target/max/value").decimalValue()).isEqualByComparingTo("300");
    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualByComparingTo("300");
    assertThat(json.get("maxDailySource").asText()).isEqualTo("RENAL");
    assertThat(json.at("/maxSingle/value").isNumber()).isTrue();
    assertThat(json.get("citations").size()).isPositive();
    assertThat(json.at("/citations/0/fact").asText()).isNotBlank();
  }

  @Test
  void json_reasons_carry_code_message_and_citations() {
    JsonNode json = Cli.run(plus(limits("pregabalin", OLDER_WOMAN_WITH_CKD), "--format", "json")).json();

    JsonNode renal = null;
    for (JsonNode r : json.get("reasons")) {
      assertThat(r.get("message").asText()).isNotBlank();
      assertThat(r.get("citations").size()).isPositive();
      if (r.get("code").asText().equals("renal-band")) {
        renal = r;
      }
    }
    assertThat(renal).as("the renal band is a reason").isNotNull();
    assertThat(renal.get("message").asText()).contains("34.4 mL/min");
  }

  @Test
  void numbers_are_exact_decimals_never_binary_fractions() {
    JsonNode json = Cli.run("limits", "--drug", "diclofenac-gel-1", "--age", "50", "--sex", "M", "--format", "json").json();

    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualTo(new BigDecimal("32"));
    assertThat(json.at("/maxDaily/unit").asText()).isEqualTo("g");
  }

  @Test
  void step_is_null_where_a_drug_is_not_stepped() {
    JsonNode json = Cli.run("limits", "--drug", "diclofenac-gel-1", "--age", "50", "--sex", "M", "--format", "json").json();

    assertThat(json.has("step")).isTrue();
    assertThat(json.get("step").isNull()).isTrue();
  }

  @Test
  void max_single_is_null_where_the_label_sets_none() {
    JsonNode json = Cli.run("limits", "--drug", "nortriptyline", "--age", "50", "--sex", "M", "--format", "json").json();

    assertThat(json.get("maxSingle").isNull()).isTrue();
  }

  @Test
  void text_shows_each_limit_the_reasons_and_the_resolved_sources() {
    String out = Cli.run(limits("pregabalin", OLDER_WOMAN_WITH_CKD)).answered();

    assertThat(out)
        .startsWith("Dose limits: pregabalin (RxNorm 187832)")
        .contains("Start:       25 mg BID (50 mg/day)")
        .contains("Max daily:   300 mg/day (set by RENAL)")
        .contains("- [INFO] renal-band: CrCl 34.4 mL/min")
        .contains("[PGB-R2: R02, R03]")
        .contains("Sources:")
        .contains("R01  LYRICA (pregabalin) US label");
  }

  @Test
  void a_renally_cleared_drug_without_kidney_function_is_refused_not_guessed() {
    String err = Cli.run("limits", "--drug", "pregabalin", "--age", "72", "--sex", "F").badInput("--serum-creatinine-mg-dl", "--weight-kg");

    assertThat(err).contains("--crcl-ml-min").contains("renal-function-unknown");
  }

  @Test
  void a_given_clearance_is_enough_for_a_renally_cleared_drug() {
    JsonNode json = Cli.run("limits", "--drug", "pregabalin", "--age", "50", "--sex", "M", "--crcl-ml-min", "10", "--format", "json").json();

    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualByComparingTo("75");
  }

  @Test
  void every_bad_option_is_named_at_once() {
    String err = Cli.run("limits", "--drug", "nope", "--age", "12", "--sex", "X").badInput("--drug", "--age", "--sex");

    assertThat(err).contains("known drugs: [").contains("pregabalin").contains("must be F or M");
  }

  @Test
  void an_implausible_weight_and_height_are_named_together_with_a_bad_age() {
    String err =
        Cli.run("limits", "--drug", "pregabalin", "--age", "17", "--weight-kg", "-3", "--height-cm", "20")
            .badInput("--age", "--sex", "--weight-kg", "--height-cm");

    assertThat(err).contains("weight must be 25-350 kg, was -3").contains("height must be 100-250 cm, was 20");
  }

  @Test
  void options_that_cannot_be_read_are_all_named_with_the_usage_hint() {
    String err =
        Cli.run("limits", "--drug", "pregabalin", "--age", "old", "--weight-kg", "heavy", "--bogus").badInput("--age", "--weight-kg", "--bogus");

    assertThat(err).contains("Try 'painpath limits --help'.");
  }

  @Test
  void a_missing_drug_option_is_named() {
    Cli.run("limits", "--age", "50", "--sex", "M").badInput("--drug");
  }

  @Test
  void an_unknown_indication_is_refused_with_the_allowed_codes() {
    Cli.run("limits", "--drug", "pregabalin", "--age", "50", "--sex", "M", "--crcl-ml-min", "90", "--indication", "gout")
        .badInput("--indication", "DPN_LIKE", "FIBROMYALGIA_LIKE", "OTHER");
  }

  @Test
  void the_indication_sets_pregabalins_ceiling() {
    JsonNode dpn =
        Cli.run("limits", "--drug", "pregabalin", "--age", "50", "--sex", "M", "--crcl-ml-min", "90", "--indication", "dpn_like", "--format", "json").json();
    JsonNode fibro =
        Cli.run("limits", "--drug", "pregabalin", "--age", "50", "--sex", "M", "--crcl-ml-min", "90", "--indication", "FIBROMYALGIA_LIKE", "--format", "json").json();

    assertThat(dpn.at("/maxDaily/value").decimalValue()).isLessThan(fibro.at("/maxDaily/value").decimalValue());
    assertThat(dpn.get("indication").asText()).isEqualTo("DPN_LIKE");
  }

  @Test
  void a_drug_held_only_for_detection_has_no_limits_to_give() {
    Cli.run("limits", "--drug", "morphine", "--age", "50", "--sex", "M").badInput("--drug", "no-dosing-rules");
  }

  /** A man of 70 weighing 62 kg with creatinine 4.0 mg/dL: Cockcroft-Gault 15 mL/min. */
  private static final String[] CREATININE_4 = {"--age", "70", "--sex", "M", "--weight-kg", "62", "--serum-creatinine-mg-dl", "4.0"};

  @Test
  void creatinine_4_with_a_clearance_of_120_is_refused_naming_both_options() {
    String err = Cli.run(plus(limits("gabapentin", CREATININE_4), "--crcl-ml-min", "120")).badInput("--crcl-ml-min", "--serum-creatinine-mg-dl");

    assertThat(err).contains("contradictory-renal-data");
  }

  @Test
  void haemodialysis_with_a_clearance_of_120_is_refused_naming_both_options() {
    Cli.run("limits", "--drug", "gabapentin", "--age", "50", "--sex", "F", "--haemodialysis", "--crcl-ml-min", "120")
        .badInput("--crcl-ml-min", "--haemodialysis", "contradictory-renal-data");
  }

  @Test
  void a_clearance_below_cockcroft_gault_is_used_and_the_limits_say_so() {
    // creatinine 1.0 gives Cockcroft-Gault 60.2 mL/min; 40 given is the safer value: gabapentin's 30-60 band
    String[] patient = {"--age", "70", "--sex", "M", "--weight-kg", "62", "--serum-creatinine-mg-dl", "1.0", "--crcl-ml-min", "40"};

    JsonNode json = Cli.run(plus(limits("gabapentin", patient), "--format", "json")).json();

    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualByComparingTo("1400");
    assertThat(json.findValuesAsText("code")).contains("clearance-below-cockcroft-gault");
  }

  @Test
  void limits_show_the_egfr_for_staging_marked_as_not_used_for_dosing() {
    JsonNode json = Cli.run(plus(limits("pregabalin", OLDER_WOMAN_WITH_CKD), "--format", "json")).json();
    assertThat(json.at("/egfr/mlPerMinPer173m2").decimalValue()).isPositive();
    assertThat(json.at("/egfr/usedForDosing").asBoolean()).isFalse();
    assertThat(json.at("/egfr/notComputed").isNull()).isTrue();
    assertThat(json.at("/egfr/citations/0/fact").asText()).isEqualTo("EQ-02");

    String text = Cli.run(limits("pregabalin", OLDER_WOMAN_WITH_CKD)).answered();
    assertThat(text).contains("eGFR:").contains("mL/min/1.73 m2").contains("not used for dosing");
  }

  @Test
  void with_a_given_clearance_the_sex_may_be_left_out_and_the_egfr_is_reported_as_not_computed() {
    JsonNode json = Cli.run(limits("pregabalin", "--age", "50", "--crcl-ml-min", "90", "--format", "json")).json();
    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualByComparingTo("600");
    assertThat(json.at("/egfr/notComputed").asText()).isEqualTo("NO_SERUM_CREATININE");
    assertThat(json.at("/egfr/mlPerMinPer173m2").isNull()).isTrue();
  }

  @Test
  void without_sex_the_patient_is_refused_naming_it_unless_a_clearance_is_given_and_a_creatinine_cannot_then_be_compared() {
    Cli.run(limits("pregabalin", "--age", "50", "--weight-kg", "70", "--serum-creatinine-mg-dl", "1.0")).badInput("--sex");
    Cli.run(limits("pregabalin", "--age", "50", "--weight-kg", "70", "--serum-creatinine-mg-dl", "1.0", "--crcl-ml-min", "90"))
        .badInput("--sex", "sex-needed-to-test-clearance");
  }
}
