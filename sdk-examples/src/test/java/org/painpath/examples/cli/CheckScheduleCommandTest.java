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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, item 1, through the command line: dose safety is judged on each ingredient's schedule. */
class CheckScheduleCommandTest {

  private static final String ADULT = "\"patient\": {\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 90}";
  private static final String CHILD_PUGH_B = "\"patient\": {\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 90, \"childPugh\": \"B\"}";
  private static final String ON_HAEMODIALYSIS =
      "\"patient\": {\"age\": 50, \"sex\": \"M\", \"creatinineClearance\": 10, \"onHaemodialysis\": true}";

  @TempDir Path dir;

  private JsonNode check(String patient, String... items) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, "{" + patient + ", \"regimen\": {\"items\": [" + String.join(", ", items) + "]}}", StandardCharsets.UTF_8);
    return Cli.run("check", f.toString(), "--as-of", "2026-12-01", "--format", "json").json();
  }

  private static String item(String drug, String amount, String unit, String frequency, String... extra) {
    String more = extra.length == 0 ? "" : ", " + String.join(", ", extra);
    return "{\"drug\": \"" + drug + "\", \"dose\": {\"value\": " + amount + ", \"unit\": \"" + unit + "\"}, \"frequency\": \"" + frequency + "\"" + more + "}";
  }

  private static String mg(String drug, String amount, String frequency, String... extra) {
    return item(drug, amount, "mg", frequency, extra);
  }

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

  private static String verdict(JsonNode json) {
    return json.get("verdict").asText();
  }

  @Test
  void gabapentin_1200_mg_at_bedtime_written_as_three_items_is_rejected_as_3600_mg_at_once() throws IOException {
    JsonNode json = check(ADULT, mg("gabapentin", "1200", "QHS"), mg("gabapentin", "1200", "QHS"), mg("gabapentin", "1200", "QHS"));

    assertThat(verdict(json)).isEqualTo("REJECTED");
    JsonNode single = finding(json, "max-single-dose-exceeded");
    assertThat(single.get("severity").asText()).isEqualTo("BLOCKING");
    assertThat(single.toString()).contains("3600 mg").contains("1200 mg").contains("22:00").contains("GAB-10");
  }

  @Test
  void bupropion_sr_150_mg_every_morning_written_as_two_items_is_rejected() throws IOException {
    JsonNode json = check(ADULT, mg("bupropion-sr", "150", "QAM"), mg("bupropion-sr", "150", "QAM"));

    assertThat(verdict(json)).isEqualTo("REJECTED");
    assertThat(finding(json, "max-single-dose-exceeded").toString()).contains("300 mg").contains("200 mg").contains("BUP-01");
  }

  @Test
  void bupropion_sr_doses_8_hours_apart_are_accepted_and_4_hours_apart_rejected() throws IOException {
    JsonNode apart = check(ADULT, mg("bupropion-sr", "150", "QD", "\"times\": [\"08:00\"]"), mg("bupropion-sr", "150", "QD", "\"times\": [\"16:00\"]"));
    JsonNode close = check(ADULT, mg("bupropion-sr", "150", "QD", "\"times\": [\"08:00\"]"), mg("bupropion-sr", "150", "QD", "\"times\": [\"12:00\"]"));

    assertThat(verdict(apart)).isNotEqualTo("REJECTED");
    assertThat(codes(apart)).doesNotContain("max-single-dose-exceeded", "doses-too-close");
    assertThat(verdict(close)).isEqualTo("REJECTED");
    assertThat(codes(close)).contains("max-single-dose-exceeded", "doses-too-close");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nortriptyline:300", "amitriptyline:300", "desipramine:300", "venlafaxine-ir:450"})
  void twice_the_daily_maximum_every_other_day_is_rejected_for_the_day_it_is_given(String drugAndDose) throws IOException {
    String[] parts = drugAndDose.split(":");
    JsonNode json = check(ADULT, mg(parts[0], parts[1], "Q48H"));

    assertThat(verdict(json)).isEqualTo("REJECTED");
    JsonNode daily = finding(json, "max-daily-dose-exceeded");
    assertThat(daily.get("severity").asText()).isEqualTo("BLOCKING");
    assertThat(daily.toString()).contains(parts[1] + " mg/day").contains("08:00");
  }

  @Test
  void bupropion_sr_200_mg_every_other_day_in_child_pugh_b_is_rejected_and_the_labelled_150_accepted() throws IOException {
    JsonNode over = check(CHILD_PUGH_B, mg("bupropion-sr", "200", "Q48H"));
    JsonNode labelled = check(CHILD_PUGH_B, mg("bupropion-sr", "150", "Q48H"));

    assertThat(verdict(over)).isEqualTo("REJECTED");
    assertThat(finding(over, "hepatic-limit-exceeded").toString()).contains("150 mg").contains("BUP-06");
    assertThat(verdict(labelled)).isNotEqualTo("REJECTED");
  }

  @Test
  void oral_gabapentin_12_hours_on_12_off_is_rejected_as_an_impossible_shape() throws IOException {
    JsonNode json = check(ADULT, mg("gabapentin", "300", "12H-ON-12H-OFF"));

    assertThat(verdict(json)).isEqualTo("REJECTED");
    assertThat(finding(json, "frequency-shape-not-allowed").get("severity").asText()).isEqualTo("BLOCKING");
  }

  @Test
  void a_lidocaine_patch_once_daily_without_a_wear_time_is_a_major_and_with_12_hours_is_accepted() throws IOException {
    JsonNode qd = check(ADULT, item("lidocaine-patch-5", "1", "{patch}", "QD"));
    JsonNode q24h = check(ADULT, item("lidocaine-patch-5", "1", "{patch}", "Q24H"));
    JsonNode worn12 = check(ADULT, item("lidocaine-patch-5", "1", "{patch}", "QD", "\"wearHours\": 12"));
    JsonNode worn16 = check(ADULT, item("lidocaine-patch-5", "1", "{patch}", "QD", "\"wearHours\": 16"));

    for (JsonNode unstated : List.of(qd, q24h)) {
      assertThat(verdict(unstated)).isEqualTo("ACCEPTED_WITH_WARNINGS");
      assertThat(finding(unstated, "unlabelled-wear-time").get("severity").asText()).isEqualTo("MAJOR");
    }
    assertThat(verdict(worn12)).isNotEqualTo("REJECTED");
    assertThat(codes(worn12)).doesNotContain("unlabelled-wear-time", "unlabelled-frequency", "wear-time-exceeded");
    assertThat(verdict(worn16)).isEqualTo("REJECTED");
    assertThat(codes(worn16)).contains("wear-time-exceeded");
  }

  @Test
  void the_diclofenac_patch_every_12_hours_is_accepted() throws IOException {
    JsonNode json = check(ADULT, item("diclofenac-patch-1.3", "1", "{patch}", "Q12H"));

    assertThat(verdict(json)).isNotEqualTo("REJECTED");
    assertThat(codes(json)).doesNotContain("unlabelled-wear-time", "wear-time-exceeded", "unlabelled-frequency");
  }

  @Test
  void a_post_dialysis_supplement_within_the_table_is_accepted_and_above_it_rejected() throws IOException {
    JsonNode within = check(ON_HAEMODIALYSIS, mg("gabapentin", "200", "QD"), mg("gabapentin", "250", "QD", "\"postDialysisSupplement\": true"));
    JsonNode above = check(ON_HAEMODIALYSIS, mg("gabapentin", "200", "QD"), mg("gabapentin", "300", "QD", "\"postDialysisSupplement\": true"));

    assertThat(verdict(within)).isNotEqualTo("REJECTED");
    assertThat(verdict(above)).isEqualTo("REJECTED");
    assertThat(finding(above, "dialysis-supplement-exceeded").toString()).contains("250 mg").contains("GAB-R5");
  }
}
