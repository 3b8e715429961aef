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

/**
 * Issue 16 through the command line, checked as of 2026-12-01: BUP-05 (abrupt withdrawal before bupropion),
 * post-dialysis supplements (GAB-R5, PGB-R5) and cross-tapers (a current medication with a planned stop).
 */
class CheckStopsAndStartsCommandTest {

  private static final String AS_OF = "2026-12-01";

  @TempDir Path dir;

  private Cli.Run run(String patient, String... items) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, "{\"patient\": " + patient + ", \"regimen\": {\"items\": [" + String.join(", ", items) + "]}}", StandardCharsets.UTF_8);
    return Cli.run("check", f.toString(), "--as-of", AS_OF, "--format", "json");
  }

  private JsonNode check(String patient, String... items) throws IOException {
    return run(patient, items).json();
  }

  /** An adult with normal kidneys taking {@code medications} and with {@code conditions} (JSON arrays' contents). */
  private static String adult(String medications, String conditions) {
    return "{\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 90, \"currentMedications\": [" + medications + "], \"conditions\": [" + conditions + "]}";
  }

  private static String med(String code, String display, String... extra) {
    String more = extra.length == 0 ? "" : ", " + String.join(", ", extra);
    return "{\"medication\": {\"system\": \"RxNorm\", \"code\": \"" + code + "\", \"display\": \"" + display + "\"}" + more + "}";
  }

  private static String icd10(String code, String display) {
    return "{\"system\": \"ICD-10-CM\", \"code\": \"" + code + "\", \"display\": \"" + display + "\"}";
  }

  private static String item(String drug, String amount, String unit, String frequency, String... extra) {
    String more = extra.length == 0 ? "" : ", " + String.join(", ", extra);
    return "{\"drug\": \"" + drug + "\", \"dose\": {\"value\": " + amount + ", \"unit\": \"" + unit + "\"}, \"frequency\": \"" + frequency + "\"" + more + "}";
  }

  private static final String BUPROPION = item("bupropion-sr", "150", "mg", "QAM");

  private static JsonNode finding(JsonNode json, String code) {
    for (JsonNode f : json.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " in " + json);
  }

  private static List<String> codes(JsonNode json) {
    List<String> codes = new ArrayList<>();
    json.get("findings").forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }

  // BUP-05

  @Test
  void bupropion_five_days_after_lorazepam_was_stopped_abruptly_is_rejected() throws IOException {
    JsonNode json = check(adult(med("6470", "lorazepam 1 mg", "\"stoppedOn\": \"2026-11-26\"", "\"discontinuation\": \"ABRUPT\""), ""), BUPROPION);

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    JsonNode f = finding(json, "abrupt-withdrawal");
    assertThat(f.get("severity").asText()).isEqualTo("BLOCKING");
    assertThat(f.get("values").get("withdrawn").asText()).isEqualTo("lorazepam 1 mg");
    assertThat(f.get("values").get("daysFromStopToStart").asInt()).isEqualTo(5);
    assertThat(f.toString()).contains("BUP-05").contains("PHARM-W01");
  }

  @Test
  void bupropion_after_a_completed_lorazepam_taper_is_not_an_abrupt_withdrawal() throws IOException {
    JsonNode json = check(adult(med("6470", "lorazepam 1 mg", "\"stoppedOn\": \"2026-11-26\"", "\"discontinuation\": \"TAPERED\""), ""), BUPROPION);

    assertThat(codes(json)).doesNotContain("abrupt-withdrawal");
    assertThat(json.get("verdict").asText()).isNotEqualTo("REJECTED");
  }

  @Test
  void an_abrupt_stop_long_before_the_window_does_not_block_bupropion() throws IOException {
    JsonNode json = check(adult(med("6470", "lorazepam 1 mg", "\"stoppedOn\": \"2026-09-01\"", "\"discontinuation\": \"ABRUPT\""), ""), BUPROPION);

    assertThat(codes(json)).doesNotContain("abrupt-withdrawal");
  }

  @Test
  void a_recent_phenobarbital_stop_with_no_recorded_taper_must_be_confirmed() throws IOException {
    JsonNode json = check(adult(med("0", "phenobarbital 60 mg", "\"stoppedOn\": \"2026-11-20\""), ""), BUPROPION);

    JsonNode f = finding(json, "abrupt-withdrawal");
    assertThat(f.get("severity").asText()).isEqualTo("MAJOR");
    assertThat(f.get("values").get("discontinuation").asText()).isEqualTo("not recorded");
    assertThat(json.get("verdict").asText()).isNotEqualTo("ACCEPTED");
  }

  @Test
  void gabapentin_stopped_abruptly_yesterday_blocks_bupropion_as_an_antiepileptic() throws IOException {
    JsonNode json = check(adult(med("25480", "gabapentin", "\"stoppedOn\": \"2026-11-30\"", "\"discontinuation\": \"ABRUPT\""), ""), BUPROPION);

    assertThat(finding(json, "abrupt-withdrawal").get("severity").asText()).isEqualTo("BLOCKING");
  }

  @Test
  void alcohol_withdrawal_coded_in_icd_10_cm_blocks_bupropion() throws IOException {
    JsonNode json = check(adult("", icd10("F10.230", "Alcohol dependence with withdrawal, uncomplicated")), BUPROPION);

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    JsonNode f = finding(json, "abrupt-withdrawal");
    assertThat(f.get("values").get("conditionCode").asText()).isEqualTo("ICD-10-CM F10.230");
    assertThat(f.get("values").get("matchedBy").asText()).isEqualTo("code");
  }

  @Test
  void a_planned_abrupt_benzodiazepine_stop_after_bupropion_starts_is_rejected() throws IOException {
    JsonNode json = check(adult(med("2598", "clonazepam 0.5 mg", "\"plannedStopOn\": \"2026-12-10\"", "\"discontinuation\": \"ABRUPT\""), ""), BUPROPION);

    assertThat(finding(json, "abrupt-withdrawal").get("severity").asText()).isEqualTo("BLOCKING");
  }

  // GAB-R5, PGB-R5

  @Test
  void a_pregabalin_supplement_above_an_unverified_row_is_rejected_citing_that_rows_verification() throws IOException {
    String dialysis = "{\"age\": 50, \"sex\": \"M\", \"creatinineClearance\": 10, \"onHaemodialysis\": true}";
    JsonNode json = check(dialysis, item("pregabalin", "50", "mg", "QD"), item("pregabalin", "0.1", "g", "QD", "\"postDialysisSupplement\": true"));

    JsonNode f = finding(json, "dialysis-supplement-exceeded");
    assertThat(f.get("values").get("maxSupplement").asText()).isEqualTo("75 mg");
    assertThat(f.get("citations").toString()).contains("UNVERIFIED");
    assertThat(finding(json, "dialysis-supplement").get("citations").toString()).contains("UNVERIFIED").contains("VERIFIED_SECONDARY");
  }

  @Test
  void a_supplement_for_a_patient_not_on_haemodialysis_is_rejected() throws IOException {
    String noDialysis = "{\"age\": 50, \"sex\": \"M\", \"creatinineClearance\": 20}";
    JsonNode json = check(noDialysis, item("gabapentin", "200", "mg", "QD"), item("gabapentin", "125", "mg", "QD", "\"postDialysisSupplement\": true"));

    assertThat(finding(json, "dialysis-supplement-not-applicable").get("severity").asText()).isEqualTo("BLOCKING");
  }

  // cross-taper

  @Test
  void pregabalin_started_during_a_gabapentin_cross_taper_is_a_warning_not_a_duplication_block() throws IOException {
    JsonNode json = check(adult(med("25480", "gabapentin 300 mg", "\"plannedStopOn\": \"2026-12-10\"", "\"discontinuation\": \"TAPERED\""), ""),
        item("pregabalin", "75", "mg", "BID"));

    assertThat(codes(json)).doesNotContain("therapeutic-duplication");
    JsonNode f = finding(json, "cross-taper");
    assertThat(f.get("severity").asText()).isEqualTo("MODERATE");
    assertThat(f.get("values").get("overlapDays").asInt()).isEqualTo(10);
    assertThat(f.get("values").get("rule").asText()).isEqualTo("INT-08");
    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
  }

  @Test
  void pregabalin_starting_after_the_planned_gabapentin_stop_does_not_overlap() throws IOException {
    JsonNode json = check(adult(med("25480", "gabapentin 300 mg", "\"plannedStopOn\": \"2026-12-10\""), ""),
        item("pregabalin", "75", "mg", "BID", "\"startsOn\": \"2026-12-11\""));

    assertThat(codes(json)).doesNotContain("therapeutic-duplication", "cross-taper");
  }

  @Test
  void duloxetine_during_a_phenelzine_cross_taper_is_rejected_with_the_washout_from_the_planned_stop() throws IOException {
    JsonNode json = check(adult(med("8123", "phenelzine 15 mg", "\"plannedStopOn\": \"2026-12-10\""), ""), item("duloxetine", "30", "mg", "QD"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "interaction").get("severity").asText()).isEqualTo("BLOCKING");
    JsonNode washout = finding(json, "maoi-washout");
    assertThat(washout.get("values").get("earliestStart").asText()).isEqualTo("2026-12-24");
  }

  @Test
  void duloxetine_planned_for_five_days_after_the_planned_phenelzine_stop_is_still_inside_the_washout() throws IOException {
    JsonNode json = check(adult(med("8123", "phenelzine 15 mg", "\"plannedStopOn\": \"2026-12-10\""), ""),
        item("duloxetine", "30", "mg", "QD", "\"startsOn\": \"2026-12-15\""));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(codes(json)).doesNotContain("interaction");
    assertThat(finding(json, "maoi-washout").get("values").get("washoutDays").asInt()).isEqualTo(14);
  }

  @Test
  void duloxetine_planned_for_fourteen_days_after_the_planned_phenelzine_stop_is_clear() throws IOException {
    JsonNode json = check(adult(med("8123", "phenelzine 15 mg", "\"plannedStopOn\": \"2026-12-10\""), ""),
        item("duloxetine", "30", "mg", "QD", "\"startsOn\": \"2026-12-24\""));

    assertThat(codes(json)).doesNotContain("interaction", "maoi-washout");
  }

  @Test
  void a_planned_stop_before_the_as_of_date_is_bad_input() throws IOException {
    run(adult(med("25480", "gabapentin 300 mg", "\"plannedStopOn\": \"2026-11-20\""), ""), item("pregabalin", "75", "mg", "BID"))
        .badInput("plannedStopOn", "before-as-of");
  }

  @Test
  void a_stop_date_after_the_as_of_date_is_bad_input_pointing_to_the_planned_stop() throws IOException {
    run(adult(med("25480", "gabapentin 300 mg", "\"stoppedOn\": \"2026-12-10\""), ""), item("pregabalin", "75", "mg", "BID"))
        .badInput("stoppedOn", "plannedStopOn");
  }

  @Test
  void a_regimen_item_starting_before_the_as_of_date_is_bad_input() throws IOException {
    run(adult("", ""), item("pregabalin", "75", "mg", "BID", "\"startsOn\": \"2026-11-01\"")).badInput("startsOn", "before-as-of");
  }
}
