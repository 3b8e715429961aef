package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

/**
 * Hostile values in command-line options and in JSON fields (huge and tiny exponents, long digit
 * strings, control characters, wrong types, empty and odd keys): painpath answers (exit 0) or refuses
 * (exit 2), never fails internally (exit 1); a refusal writes one line per problem on stderr, never
 * Java exception or Jackson text (issue 12).
 */
class HostileInputProperties {

  /** Values an outsider might type or paste: hostile numbers, odd text, and ordinary values. */
  static Arbitrary<String> hostileText() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.of(
                "1e999999999", "-1e999999999", "1e-999999999", "0e-999999999", "1E+2147483647", "NaN", "Infinity", "-0",
                "0x10", "1_000", "1,5", "1e", "e5", ".", "-", "--", "", " ", "\n", "\t1", "1\n2", "\u0000", "\u2028",
                "é", "\u0410", "9".repeat(21), "1".repeat(200), "0.0000001", "12345678.9", "99999999999", "-5", "0",
                "37.5", "70", "0.9", "F", "M", "b", "gabapentin", "PEG", "--help", "-Dx=1", "${jndi:x}", "%s%n",
                "\"", "'", "{}", "[]", "null")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
        Tuple.of(1, Arbitraries.bigDecimals().map(d -> d.toString())));
  }

  @Property(tries = 250)
  void hostile_option_values_are_answered_or_refused_one_line_per_problem(
      @ForAll("commandLines") List<String> args) {
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertAnsweredOrRefusedCleanly(run, args.toString());
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> v = hostileText();
    Arbitrary<List<String>> limits =
        Combinators.combine(Arbitraries.of("limits", "titrate"), v, v, v, v, v)
            .as(
                (cmd, age, sex, weight, creatinine, drug) ->
                    List.of(
                        cmd, "--drug", pick(drug, "gabapentin"), "--age", pick(age, "50"), "--sex", pick(sex, "M"),
                        "--weight-kg", pick(weight, "70"), "--serum-creatinine-mg-dl", creatinine));
    Arbitrary<List<String>> crcl =
        Combinators.combine(v, v).as((crcl2, height) -> List.of("limits", "--drug", "pregabalin", "--age", "60", "--sex", "F", "--crcl-ml-min", crcl2, "--height-cm", height));
    Arbitrary<List<String>> change =
        Combinators.combine(v, v, v).as((instrument, baseline, followUp) -> List.of("change", pick(instrument, "PEG"), "--baseline", baseline, "--follow-up", followUp));
    Arbitrary<List<String>> score =
        Combinators.combine(v, v).as((instrument, items) -> List.of("score", pick(instrument, "PEG"), "--items", items));
    Arbitrary<List<String>> check =
        Combinators.combine(v, v).as((asOf, max) -> List.of("check", "../docs/examples/check-regimen.json", "--as-of", asOf, "--max-input-bytes", max));
    return Arbitraries.oneOf(limits, crcl, change, score, check);
  }

  /** Half the time the ordinary value, so the hostile ones meet commands that otherwise run. */
  private static String pick(String hostile, String ordinary) {
    return Math.floorMod(hostile.hashCode(), 2) == 0 ? ordinary : hostile;
  }

  @Property(tries = 400)
  void hostile_json_values_and_keys_are_answered_or_refused_one_line_per_problem(
      @ForAll("documents") Tuple.Tuple2<String, String> command) throws IOException {
    Path dir = Files.createTempDirectory("hostile");
    try {
      Path file = dir.resolve("input.json");
      Files.writeString(file, command.get2(), StandardCharsets.UTF_8);
      Cli.Run run = Cli.run(command.get1(), file.toString(), "--as-of", "2026-12-01");
      assertAnsweredOrRefusedCleanly(run, command.get2());
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.delete(dir);
    }
  }

  /**
   * The check, validate, evaluate and decide examples and a sample case log, with one field (or a new key)
   * set to a hostile JSON value.
   */
  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> documents() {
    Arbitrary<String> rawValue =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(
                "1e999999999", "-1e-999999999", "0e-999999999", "1E+2147483647", "123456789012345678901", "1.00000000000000000000001",
                "99999999999999999999", "1e6", "-0", "0.5", "50", "null", "true", "[]", "{}", "[null]", "\"\"", "\" \"",
                "\"\\n\"", "\"\\u0000\"", "\"1e999999999\"", "{\"value\": 1e999999999, \"unit\": \"mg\"}",
                "{\"value\": 1, \"unit\": \"\\u2028\"}", "[1e999999999]", "\"2025-02-30\"", "\"QD\\nQD\"")),
            Tuple.of(1, hostileText().map(s -> PainpathJson.write(s))));
    Arbitrary<String> checkPaths =
        Arbitraries.of(
            "patient.age", "patient.sex", "patient.weightKg", "patient.heightCm", "patient.serumCreatinine",
            "patient.serumCreatinine.value", "patient.serumCreatinine.unit", "patient.creatinineClearance", "patient.childPugh",
            "patient.currentMedications", "regimen", "regimen.items", "regimen.indication", "", "\n", "patient.",
            "patient.\u0000");
    Arbitrary<String> logPaths =
        Arbitraries.of("schemaVersion", "patient.age", "patient.weightKg", "events", "events.0", "events.8.dose", "events.8.dose.value",
            "events.8.titration", "events.8.target.value", "events.5.total", "events.5.items", "events.5.band", "events.9.date",
            "events.8.minimumAdequateTrialDays", "", "events.8.");
    Arbitrary<Tuple.Tuple2<String, String>> check =
        Combinators.combine(checkPaths, rawValue).as((p, raw) -> Tuple.of("check", edit(read("../docs/examples/check-regimen.json"), p, raw)));
    Arbitrary<Tuple.Tuple2<String, String>> plan =
        Combinators.combine(logPaths, rawValue).as((p, raw) -> Tuple.of("plan", edit(SampleCases.json("older-reduced-kidney-function-gabapentinoid"), p, raw)));
    Arbitrary<Tuple.Tuple2<String, String>> validate =
        Combinators.combine(Arbitraries.of("drug", "indication", "orders", "orders.0", "orders.0.date", "orders.0.dose", "orders.0.dose.value",
                "orders.1.times", "orders.2.frequency", "orders.1.date", "patient.creatinineClearance", ""), rawValue)
            .as((p, raw) -> Tuple.of("validate", edit(read("../docs/examples/validate-orders.json"), p, raw)));
    Arbitrary<Tuple.Tuple2<String, String>> evaluate =
        Combinators.combine(Arbitraries.of("labs", "labs.0", "labs.0.value", "labs.0.loinc", "labs.1.upperLimit", "labs.1.unit", "signs",
                "signs.muscleSymptoms", "signs.statinStoppedOn", "signs.morningStiffnessMinutes", "redFlags", "scores", "scores.0.items",
                "scores.0.instrument", "scores.1", ""), rawValue)
            .as((p, raw) -> Tuple.of("evaluate", edit(read("../docs/examples/evaluate-findings.json"), p, raw)));
    Arbitrary<Tuple.Tuple2<String, String>> decide =
        Combinators.combine(Arbitraries.of("log", "command", "command.type", "command.date", "command.drug", "command.dose",
                "log.events.0", "log.schemaVersion", "log.patient.age", "log.events.3.date", ""), rawValue)
            .as((p, raw) -> Tuple.of("decide", edit(read("../docs/examples/decide-command.json"), p, raw)));
    return Arbitraries.oneOf(check, plan, validate, evaluate, decide);
  }

  /**
   * The document with the member at {@code path} (dotted; a number is an array index; the last part
   * may be a new or odd key) replaced by the raw JSON {@code raw}, written as text so numbers stay as
   * typed.
   */
  private static String edit(String json, String path, String raw) {
    JsonNode root = PainpathJson.read(json, JsonNode.class);
    String marker = "\"__HOSTILE__\"";
    String[] parts = path.split("\\.", -1);
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1 && node != null; i++) {
      node = parts[i].matches("\\d+") ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (node instanceof ObjectNode object) {
      object.put(last, "__HOSTILE__");
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
      array.set(Integer.parseInt(last), com.fasterxml.jackson.databind.node.TextNode.valueOf("__HOSTILE__"));
    } else {
      return json;
    }
    return PainpathJson.write(root).replace(marker, raw);
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertAnsweredOrRefusedCleanly(Cli.Run run, String input) {
    Statistics.label("exit").collect(run.status());
    assertThat(run.status()).as("exit status for %s; stderr: %s", input, run.err()).isIn(PainpathCli.OK, PainpathCli.BAD_INPUT);
    if (run.status() == PainpathCli.OK) {
      return;
    }
    assertThat(run.out()).as("stdout of a refusal").isEmpty();
    List<String> lines = new ArrayList<>(List.of(run.err().split("\n")));
    assertThat(lines.get(0)).as("stderr of %s", input).startsWith("painpath: ");
    for (String line : lines) {
      assertThat(line).as("a stderr line for %s", input).matches("(painpath: .*|  \\S.*|Try '.*)");
      assertThat(line)
          .as("a stderr line for %s", input)
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("com.fasterxml")
          .doesNotContain("java.")
          .doesNotContain("Cannot construct")
          .doesNotContain("coll is null")
          .doesNotContain("`")
          .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b.*(enabled|Feature)");
    }
    List<String> problems = lines.stream().filter(l -> l.startsWith("  ")).toList();
    if (!lines.get(0).contains("painpath: bad command line:") && !lines.get(0).contains("fix each of these")) {
      return; // a single-message refusal: "painpath: <message>" then the help hint
    }
    assertThat(problems).as("one line per problem for %s", input).isNotEmpty().doesNotHaveDuplicates();
  }
}
