package org.painpath.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.internal.pack.PackLoader;

/**
 * Does the cost of a call grow with the knowledge pack? The bundled pack ({@code scale = 1}) against
 * the same pack padded with {@code scale - 1} extra copies of every detect-only drug, co-medication
 * and interaction rule (fresh names and RxNorm codes that no input mentions; the copied rules name
 * only padding drugs). With indexed lookups, time and allocation per operation stay the same; a
 * linear scan shows up as growth with {@code scale}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class PackScalingBenchmark {

  @Param({"1", "8"})
  public int scale;

  @Param({"true"})
  public boolean withMedications;

  private Pharmacology pharmacology;
  private Patient patient;
  private Regimen regimen;

  @Setup
  public void setUp() {
    pharmacology = new Pharmacology(padded(scale));
    patient = withMedications ? Fixtures.patient() : Fixtures.patientWithoutMedications();
    regimen = Fixtures.regimenOf3();
    pharmacology.check(regimen, patient, Fixtures.AS_OF);
  }

  @Benchmark
  public RegimenVerdict check3() {
    return pharmacology.check(regimen, patient, Fixtures.AS_OF);
  }

  @Benchmark
  public DoseLimits limits() {
    return pharmacology.limits("pregabalin", patient);
  }

  /** The bundled pack with {@code scale - 1} renamed copies of each detect-only drug, co-medication and rule. */
  public static DrugPack padded(int scale) {
    if (scale <= 1) {
      return DrugPack.bundled();
    }
    ObjectNode document = PackLoader.bundledDocument();
    ArrayNode drugs = (ArrayNode) document.get("drugs");
    ArrayNode coMedications = (ArrayNode) document.get("coMedications");
    List<JsonNode> detectOnly = new ArrayList<>();
    drugs.forEach(d -> {
      if ("DETECT_ONLY".equals(d.path("role").asText())) {
        detectOnly.add(d);
      }
    });
    List<JsonNode> coMeds = new ArrayList<>();
    coMedications.forEach(coMeds::add);
    ArrayNode interactions = (ArrayNode) document.get("interactions");
    List<JsonNode> rules = new ArrayList<>();
    interactions.forEach(rules::add);
    int code = 990_000;
    for (int copy = 1; copy < scale; copy++) {
      for (JsonNode d : detectOnly) {
        ObjectNode clone = d.deepCopy();
        String name = "zz" + copy + "-" + d.path("name").asText();
        clone.put("name", name);
        clone.put("ingredient", name);
        clone.put("displayName", name);
        ((ObjectNode) clone.get("rxNorm")).put("code", Integer.toString(code++));
        ((ObjectNode) clone.get("rxNorm")).put("display", name);
        drugs.add(clone);
      }
      for (JsonNode c : coMeds) {
        ObjectNode clone = c.deepCopy();
        clone.put("name", "zz" + copy + " " + c.path("name").asText());
        if (clone.has("rxNorm")) {
          ((ObjectNode) clone.get("rxNorm")).put("code", Integer.toString(code++));
        }
        coMedications.add(clone);
      }
      // Each rule again, between two padding names: it can never match, but it is in the pack.
      for (int r = 0; r < rules.size(); r++) {
        ObjectNode clone = rules.get(r).deepCopy();
        clone.put("id", rules.get(r).path("id").asText() + "-Z" + copy);
        String first = "zz" + copy + "-" + detectOnly.get(r % detectOnly.size()).path("name").asText();
        String second = "zz" + copy + "-" + detectOnly.get((r + 1) % detectOnly.size()).path("name").asText();
        for (String side : List.of("first", "second")) {
          ObjectNode selector = (ObjectNode) clone.get(side);
          selector.putArray("classes");
          selector.putArray("drugs").add(side.equals("first") ? first : second);
        }
        interactions.add(clone);
      }
    }
    return DrugPack.fromJson(document);
  }
}
