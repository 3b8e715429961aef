package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

/**
 * {@code painpath plan} on a case log edited by hand (issue 12): structural inconsistencies are bad
 * input naming the event and field; a dose above the patient's limits is managed (a blocking warning
 * and a reduction), never titrated further.
 */
class PlanTamperedLogTest {

  /** The 78-year-old man on gabapentin, CrCl about 33 mL/min: event 8 starts the trial, event 9 changes the dose. */
  private static final String SAMPLE = "older-reduced-kidney-function-gabapentinoid";

  @TempDir Path dir;

  private String edited(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode log = (ObjectNode) PainpathJson.read(SampleCases.json(SAMPLE), JsonNode.class);
    edit.accept(log);
    Path f = dir.resolve("case.json");
    Files.writeString(f, PainpathJson.write(log), StandardCharsets.UTF_8);
    return f.toString();
  }

  private static ObjectNode event(ObjectNode log, int i) {
    return (ObjectNode) log.get("events").get(i);
  }

  @Test
  void a_trial_of_a_drug_not_in_the_pack_is_refused_naming_the_event_and_field() throws IOException {
    String file = edited(log -> event(log, 8).put("drug", "fakeprofen"));

    Cli.run("plan", file, "--as-of", "2025-03-10").badInput("events[8].drug", "[unknown-drug]");
  }

  @Test
  void a_trial_of_an_opioid_is_refused() throws IOException {
    String file = edited(log -> event(log, 8).put("drug", "oxycodone").put("drugClass", "OPIOID"));

    Cli.run("plan", file, "--as-of", "2025-03-10").badInput("events[8].drug", "[opioid-not-a-pathway-trial]");
  }

  @Test
  void a_peg_total_of_half_a_point_is_refused_naming_the_total() throws IOException {
    String file = edited(log -> event(log, 5).put("total", 0.5));

    Cli.run("plan", file, "--as-of", "2025-03-10").badInput("events[5].total", "[inconsistent-total]");
  }

  @Test
  void a_peg_item_of_50_is_refused_naming_the_item() throws IOException {
    String file = edited(log -> ((com.fasterxml.jackson.databind.node.ArrayNode) event(log, 5).get("items")).set(0, 50));

    Cli.run("plan", file, "--as-of", "2025-03-10").badInput("events[5].items[0]");
  }

  @Test
  void a_null_trial_dose_is_refused_naming_the_field() throws IOException {
    String file = edited(log -> event(log, 8).putNull("dose"));

    Cli.run("plan", file, "--as-of", "2025-03-10").badInput("events[8].dose", "[required]");
  }

  @Test
  void doses_edited_upward_get_a_blocking_warning_and_a_reduction_to_the_ceiling_not_a_titration() throws IOException {
    String file =
        edited(
            log -> {
              ((ObjectNode) event(log, 8).get("dose")).put("value", 10000);
              ((ObjectNode) event(log, 9).get("dose")).put("value", 10000);
            });

    String out = Cli.run("plan", file, "--as-of", "2025-03-10").answered();

    assertThat(out)
        .contains("Reduce gabapentin from 10000 mg/day to 1400 mg/day now")
        .contains("[BLOCKING] recorded-dose-above-limits (gabapentin)")
        .doesNotContain("Titrate gabapentin");
  }
}
