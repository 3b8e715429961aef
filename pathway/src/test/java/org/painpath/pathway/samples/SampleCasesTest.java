package org.painpath.pathway.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.painpath.pathway.facts.RisingCreatinineCase;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.scenario.Scripts;

class SampleCasesTest {

  /** How each embedded sample is produced; set -Dpainpath.writeSamples=true to rewrite the files. */
  private static final Map<String, Supplier<CaseLog>> SCRIPTS =
      Map.of(
          "statin-myalgia", () -> Scripts.statinMyalgia().log(),
          "older-reduced-kidney-function-gabapentinoid", () -> Scripts.olderReducedKidneyFunction().log(),
          "depression-catastrophizing", () -> Scripts.depressionCatastrophizing().log(),
          "two-failed-trials", () -> Scripts.twoFailedTrials().log(),
          "creatinine-rises-during-gabapentin", RisingCreatinineCase::withRise);

  @Test
  void every_sample_is_exactly_the_log_its_scripted_visits_produce() throws IOException {
    assertThat(SampleCases.names()).containsExactlyInAnyOrderElementsOf(SCRIPTS.keySet());
    if (Boolean.getBoolean("painpath.writeSamples")) {
      for (String name : SampleCases.names()) {
        Path file = Path.of("src/main/resources/org/painpath/pathway/samples", name + ".json");
        Files.writeString(file, SCRIPTS.get(name).get().toJson() + "\n", StandardCharsets.UTF_8);
      }
    }
    for (String name : SampleCases.names()) {
      CaseLog scripted = SCRIPTS.get(name).get();
      CaseLog stored = SampleCases.get(name).log();
      assertThat(stored.patient()).as(name + " patient").isEqualTo(scripted.patient());
      for (int i = 0; i < scripted.events().size(); i++) {
        assertThat(stored.events().get(i)).as(name + " event " + i).isEqualTo(scripted.events().get(i));
      }
      assertThat(stored).as(name).isEqualTo(scripted);
    }
  }

  @Test
  void an_unknown_sample_is_refused_listing_the_known_ones() {
    assertThatThrownBy(() -> SampleCases.get("gout"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getMessage()).contains("statin-myalgia", "two-failed-trials"));
  }
}
