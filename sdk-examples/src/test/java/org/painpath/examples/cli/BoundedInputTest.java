package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.regimen.Regimen;

/**
 * What painpath refuses before it computes anything (issue 12): files above a size cap, numbers
 * beyond 20 significant digits or a decimal exponent of +-6, more than 50 regimen items or 10 000
 * events; each refusal exits 2, names the field or option, on one line, without Java exception text.
 */
class BoundedInputTest {

  private static final String PATIENT = "\"patient\": {\"age\": 50, \"sex\": \"M\", \"weightKg\": 70, \"serumCreatinine\": {\"value\": 0.9, \"unit\": \"mg/dL\"}}";
  private static final String ITEM = "{\"drug\": \"gabapentin\", \"dose\": {\"value\": 300, \"unit\": \"mg\"}, \"frequency\": \"TID\"}";

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static String checkInput(String patient, String items) {
    return "{" + patient + ", \"regimen\": {\"items\": [" + items + "]}}";
  }

  /** Exit 2, the names in stderr, no Java text, every line the header, a problem or the help hint. */
  private static String refused(Cli.Run run, String... names) {
    String err = run.badInput(names);
    assertThat(err)
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("java.")
        .doesNotContain("com.fasterxml")
        .doesNotContain("Cannot construct")
        .doesNotContain("coll is null")
        .doesNotContain("`");
    for (String line : err.split("\n", -1)) {
      assertThat(line).matches("(painpath: .*|  \\S.*|Try '.*|)");
    }
    return err;
  }

  @Test
  void a_creatinine_option_of_1e999999999_is_refused_naming_the_option_before_any_arithmetic() {
    String err =
        refused(
            Cli.run("limits", "--drug", "gabapentin", "--age", "50", "--sex", "M", "--weight-kg", "70", "--serum-creatinine-mg-dl", "1e999999999"),
            "--serum-creatinine-mg-dl");

    assertThat(err).contains("1E+999999999").contains("exponent");
  }

  @Test
  void a_follow_up_of_1e_minus_999999999_is_refused_naming_the_option() {
    refused(Cli.run("change", "PEG", "--baseline", "5", "--follow-up", "1e-999999999"), "--follow-up");
  }

  @Test
  void a_number_option_with_more_than_20_significant_digits_is_refused() {
    refused(Cli.run("change", "PEG", "--baseline", "5.123456789012345678901", "--follow-up", "3"), "--baseline", "significant digits");
  }

  @Test
  void every_bad_option_is_named_at_once_even_when_one_cannot_be_read() {
    refused(
        Cli.run("limits", "--drug", "no-such-drug", "--age", "50", "--sex", "X", "--weight-kg", "70", "--serum-creatinine-mg-dl", "1e9"),
        "--serum-creatinine-mg-dl",
        "--sex",
        "--drug");
  }

  @Test
  void a_number_in_a_check_file_beyond_the_bounds_is_refused_naming_its_path() throws IOException {
    String input =
        file(
            checkInput(
                "\"patient\": {\"age\": 50, \"sex\": \"M\", \"weightKg\": 1e999999999, \"serumCreatinine\": {\"value\": 0.9, \"unit\": \"mg/dL\"}}",
                "{\"drug\": \"gabapentin\", \"dose\": {\"value\": 300.123456789012345678901, \"unit\": \"mg\"}, \"frequency\": \"TID\"}"));

    refused(Cli.run("check", input), "patient.weightKg", "regimen.items[0].dose.value", "[number-out-of-bounds]");
  }

  @Test
  void a_number_in_a_case_log_beyond_the_bounds_is_refused_naming_its_path() throws IOException {
    String log =
        "{\"schemaVersion\": 2, \"patient\": {\"age\": 50, \"sex\": \"M\", \"weightKg\": 70e-999999999}, \"events\": []}";

    refused(Cli.run("plan", file(log)), "patient.weightKg", "[number-out-of-bounds]");
  }

  @Test
  void a_check_file_larger_than_one_mebibyte_is_refused_before_it_is_read_and_read_when_the_cap_is_raised() throws IOException {
    String padded = checkInput(PATIENT, ITEM) + " ".repeat(1 << 20);
    String input = file(padded);

    refused(Cli.run("check", input, "--as-of", "2026-12-01"), input, "[file-too-large]", "--max-input-bytes");
    assertThat(Cli.run("check", input, "--as-of", "2026-12-01", "--max-input-bytes", "2000000").answered()).startsWith("Verdict:");
  }

  @Test
  void a_size_cap_beyond_the_json_readers_own_limit_is_refused_naming_the_option() throws IOException {
    refused(Cli.run("check", file(checkInput(PATIENT, ITEM)), "--max-input-bytes", "60000000"), "--max-input-bytes");
  }

  @Test
  void a_regimen_of_51_items_is_refused_naming_the_items() throws IOException {
    String items = String.join(", ", Collections.nCopies(51, ITEM));

    refused(Cli.run("check", file(checkInput(PATIENT, items))), "regimen.items", "at most 50");
  }

  @Test
  void a_case_log_of_10001_events_is_refused_naming_the_events() throws IOException {
    String events = String.join(", ", Collections.nCopies(10_001, "{\"type\": \"case-opened\"}"));
    String log = "{\"schemaVersion\": 2, \"patient\": {\"age\": 50, \"sex\": \"M\"}, \"events\": [" + events + "]}";

    refused(Cli.run("plan", file(log)), "events", "at most 10000");
  }

  @Test
  void check_with_an_empty_file_name_is_bad_input_not_an_internal_fault() {
    refused(Cli.run("check", ""), "FILE");
  }

  @Test
  void a_root_key_that_is_empty_is_named_quoted_not_an_internal_fault() throws IOException {
    String input = file("{\"\": 1}");

    refused(Cli.run("check", input), "\"\"");
    refused(Cli.run("plan", input), "\"\"");
  }

  @Test
  void a_key_with_a_line_break_is_reported_on_one_line() throws IOException {
    String err = refused(Cli.run("check", file("{\"a\\nb\": 1}")), "a\\u000ab");

    assertThat(err).doesNotContain("a\nb");
  }

  @Test
  void malformed_json_is_described_without_parser_internals() throws IOException {
    refused(Cli.run("check", file("{\"patient\": }")), "input.json", "[malformed-json]");
  }

  @Test
  void a_null_item_list_read_through_the_api_names_the_field_without_java_text() {
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> PainpathJson.read("{\"items\": null}", Regimen.class), InvalidInputException.class);

    assertThat(e.problems().list()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("items");
      assertThat(p.message()).doesNotContain("coll is null").doesNotContain("Cannot construct").doesNotContain("`");
    });
  }

  @Test
  void a_huge_number_read_through_the_api_is_refused_at_its_path() {
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> PainpathJson.read("{\"items\": [{\"drug\": \"gabapentin\", \"dose\": {\"value\": 1e999999999, \"unit\": \"mg\"}, \"frequency\": \"TID\"}]}", Regimen.class),
        InvalidInputException.class);

    assertThat(e.problems().list()).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo("items[0].dose.value");
      assertThat(p.code()).isEqualTo("number-out-of-bounds");
    });
  }
}
