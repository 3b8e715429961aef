package org.painpath.pathway.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

/**
 * The streaming check that lets a current log skip the JSON tree must never call current a document
 * the tree reader refuses or reads as another version: otherwise a broken log would be reported by the
 * binder instead of the upgrade, with other words.
 */
class CurrentVersionScanProperties {

  private static final ObjectReader READER =
      PainpathJson.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private static final List<String> SAMPLES = SampleCases.all().stream().map(s -> s.log().toJson()).toList();

  @Test
  void every_sample_log_as_written_is_current() {
    assertThat(SAMPLES).allSatisfy(json -> assertThat(scan(json)).isTrue());
  }

  @Test
  void unusual_documents_are_left_to_the_tree_reader() {
    assertThat(scan("")).isFalse();
    assertThat(scan("[]")).isFalse();
    assertThat(scan("{\"schemaVersion\": 3} {}")).isFalse(); // trailing tokens
    assertThat(scan("{\"schemaVersion\": 3, \"schemaVersion\": 3}")).isFalse(); // duplicate key
    assertThat(scan("{\"schemaVersion\": 1}")).isFalse();
    assertThat(scan("{\"schemaVersion\": \"3\"}")).isFalse();
    assertThat(scan("{\"schemaVersion\": 3.0}")).isFalse();
    assertThat(scan("{\"schemaVersion\": 4294967298}")).isFalse(); // not an int
    assertThat(scan("{\"patient\": {\"schemaVersion\": 3}}")).isFalse(); // not at the top
    assertThat(scan("{\"schemaVersion\": 3, \"events\": [}")).isFalse();
    assertThat(scan("{\"schemaVersion\": 3}")).isTrue();
  }

  @Property(tries = 300)
  void the_scan_says_current_only_when_the_tree_reader_reads_the_current_version(@ForAll("damagedLogs") String json) {
    if (scan(json)) {
      assertThat(treeVersion(json)).isEqualTo(SchemaUpgrades.CURRENT);
    }
  }

  @Provide
  Arbitrary<String> damagedLogs() {
    Arbitrary<String> sample = Arbitraries.of(SAMPLES);
    Arbitrary<String> cut = sample.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
    Arbitrary<String> inserted =
        sample.flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, s.length())
                    .flatMap(
                        n ->
                            Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "x", "1", "\"schemaVersion\": 3,")
                                .map(junk -> s.substring(0, n) + junk + s.substring(n))));
    return Arbitraries.oneOf(sample, cut, inserted);
  }

  private static boolean scan(String json) {
    return CurrentVersionScan.isAt(SchemaUpgrades.CURRENT, json, READER);
  }

  /** The version the tree path sees, or -1 when it refuses the document. */
  private static int treeVersion(String json) {
    try {
      JsonNode tree = READER.readTree(json);
      JsonNode version = tree instanceof ObjectNode ? tree.get("schemaVersion") : null;
      return version != null && version.isInt() ? version.intValue() : -1;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return -1;
    }
  }
}
