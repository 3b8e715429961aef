package org.painpath.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.InvalidInput;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;

/**
 * Whatever arrives, from JSON or through the Java API, the only failure is an {@link
 * InvalidInputException} whose problems each name a non-blank field: never a null pointer, a number
 * format error, an arithmetic error or a runaway allocation.
 */
class InvalidInputProperties {

  private static final List<Class<?>> READABLE_TYPES =
      List.of(
          Patient.class,
          Quantity.class,
          Frequency.class,
          Citation.class,
          Dose.class,
          DailyDose.class,
          DaySchedule.class,
          TimedDose.class,
          Code.class,
          Finding.class,
          MedicationStatement.class,
          SerumCreatinine.class,
          CreatinineClearance.class,
          ClearanceBand.class,
          Age.class);

  private static final List<String> FIELD_NAMES =
      List.of(
          "age", "sex", "weightKg", "heightCm", "serumCreatinine", "creatinineClearance", "onHaemodialysis",
          "childPugh", "frail", "fallsHistory", "clearanceWeightBasis", "currentMedications", "conditions",
          "value", "unit", "code", "system", "display", "fact", "sources", "verification", "medication",
          "dailyDose", "stoppedOn", "doses", "time", "dose", "severity", "about", "message", "values",
          "citations", "fromInclusive", "belowExclusive", "administrations", "periodDays", "description",
          "", " ", "\u0000", "weightKg.value", "doses[0]", "$");

  /** Tree handling for the mutations only; hostile numbers are carried as raw text, never parsed here. */
  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Runs {@code action}; it may succeed or refuse its input with well-formed problems, nothing else. */
  static void onlyInvalidInputEscapes(Object input, Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      InvalidInput.assertWellFormed(e.problems());
    } catch (Throwable t) {
      fail("for input " + shorten(String.valueOf(input)) + " something other than InvalidInputException escaped", t);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "...";
  }

  static void readAs(Class<?> type, String json) {
    onlyInvalidInputEscapes(type.getSimpleName() + " <- " + json, () -> afterReading(PainpathJson.read(json, type)));
  }

  @Provide
  Arbitrary<Class<?>> readableTypes() {
    return Arbitraries.of(READABLE_TYPES);
  }

  /** What a caller does next with a value that was read must not fail either. */
  private static void afterReading(Object value) {
    assertThat(value).isNotNull();
    if (value instanceof Patient patient) {
      RenalFunction.of(patient);
      try {
        RenalFunction.require(patient);
      } catch (InvalidInputException e) {
        // missing kidney data, or kidney data that contradicts itself (issue 12)
        assertThat(e.problems().hasCode("renal-function-unknown") || e.problems().hasCode(RenalFunction.CONTRADICTORY)).isTrue();
      }
    }
    assertThat(PainpathJson.write(value)).isNotBlank();
    assertThat(value.toString()).isNotBlank();
  }

  // ---- arbitrary text -------------------------------------------------------------------------

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("{}[]\",:0123456789.eE+-truefalsn \\u").ofMaxLength(60));
  }

  @Property
  void any_text_read_as_any_core_type_yields_problems_or_a_value(
      @ForAll("anyText") String text, @ForAll("readableTypes") Class<?> type) {
    readAs(type, text);
  }

  // ---- structurally valid JSON with random content ---------------------------------------------

  static Arbitrary<String> hostileNumbers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3).map(BigDecimal::toPlainString),
        Arbitraries.of(
            "0", "-0", "0.0", "1E+2", "1e999999999", "-1e999999999", "1e-999999999", "25", "350", "14.9", "15",
            "60", "250.0001", "18", "17", "121", "2147483648", "-2147483649", "1" + "0".repeat(60),
            "0." + "0".repeat(60) + "1"));
  }

  static Arbitrary<String> hostileStrings() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(12),
            Arbitraries.of(
                "mg", "g", "ug", "mcg", "kg", "mL", "{patch}", "patches", "%", "mg/dL", "umol/L", "µmol/L",
                "BID", "q8h", "Q5H", "Q48H", "12H-ON-12H-OFF", "F", "M", "X", "A", "B", "C", "ACTUAL", "IDEAL",
                "ADJUSTED", "VERIFIED", "DESIGN", "RxNorm", "SNOMED CT", "LOINC", "INFO", "BLOCKING",
                "08:00", "25:00", "2024-02-30", "2024-01-01", "PGB-R2", "pgb-r2", "R01", "R1", "max-daily-dose",
                "", " ", "null"))
        .map(s -> "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"");
  }

  static Arbitrary<String> jsonValues() {
    return jsonValues(4);
  }

  /** JSON values nested up to {@code maxDepth} arrays or objects deep. */
  static Arbitrary<String> jsonValues(int maxDepth) {
    Supplier<Arbitrary<String>> scalars =
        () -> Arbitraries.oneOf(hostileNumbers(), hostileStrings(), Arbitraries.of("true", "false", "null"));
    return Arbitraries.recursive(
        scalars,
        inner ->
            Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(Arbitraries.of(FIELD_NAMES), inner)
                    .as((k, v) -> "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(k)) + "\":" + v)
                    .list()
                    .ofMaxSize(5)
                    .map(fields -> "{" + String.join(",", fields) + "}")),
        0,
        maxDepth);
  }

  @Provide
  Arbitrary<String> randomDocuments() {
    return jsonValues();
  }

  @Property
  void any_json_document_read_as_any_core_type_yields_problems_or_a_value(
      @ForAll("randomDocuments") String json, @ForAll("readableTypes") Class<?> type) {
    readAs(type, json);
  }

  @Provide
  Arbitrary<String> brokenDocuments() {
    return Combinators.combine(jsonValues(), Arbitraries.integers().between(0, 1000), Arbitraries.of("", "{", "}", "[", "]", ",", "\"", ":", "\\", "x"), Arbitraries.of(true, false))
        .as(
            (json, at, insert, cut) -> {
              int i = Math.min(at, json.length());
              return cut ? json.substring(0, i) : json.substring(0, i) + insert + json.substring(i);
            });
  }

  @Property
  void a_truncated_or_corrupted_document_yields_problems_or_a_value(
      @ForAll("brokenDocuments") String json, @ForAll("readableTypes") Class<?> type) {
    readAs(type, json);
  }

  // ---- valid documents with random damage ------------------------------------------------------

  record Damage(int where, int what, String key, String replacement) {}

  @Provide
  Arbitrary<List<Damage>> damages() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(FIELD_NAMES),
            jsonValues(2))
        .as(Damage::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<Object> validValues() {
    // Patients with every field reach the deepest paths; the others add schedules and findings.
    return Arbitraries.frequencyOf(
        Tuple.of(3, CoreArbitraries.patientsWithEveryField().map(Object.class::cast)),
        Tuple.of(1, CoreArbitraries.daySchedules().map(Object.class::cast)),
        Tuple.of(1, CoreArbitraries.findings().map(Object.class::cast)));
  }

  @Property
  void a_valid_document_with_damaged_fields_yields_problems_naming_fields_or_a_value(
      @ForAll("validValues") Object valid, @ForAll("damages") List<Damage> damages) throws Exception {
    JsonNode tree = TREES.readTree(PainpathJson.write(valid));
    for (Damage d : damages) {
      damage(tree, d);
    }
    String json = TREES.writeValueAsString(tree);
    Class<?> type = valid instanceof Patient ? Patient.class : valid.getClass();
    onlyInvalidInputEscapes(json, () -> afterReading(PainpathJson.read(json, type)));
  }

  private static void damage(JsonNode root, Damage d) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode target = containers.get(d.where() % containers.size());
    RawValue raw = new RawValue(d.replacement());
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String existing = names.isEmpty() ? d.key() : names.get(d.where() % names.size());
      switch (d.what()) {
        case 0 -> object.putRawValue(existing, raw);
        case 1 -> object.remove(existing);
        case 2 -> object.putRawValue(d.key(), raw);
        default -> object.putNull(existing);
      }
    } else if (target instanceof ArrayNode array) {
      if (array.isEmpty() || d.what() == 2) {
        array.addRawValue(raw);
      } else if (d.what() == 1) {
        array.remove(d.where() % array.size());
      } else {
        array.set(d.where() % array.size(), TREES.getNodeFactory().rawValueNode(raw));
      }
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collectContainers(it.next(), into);
      }
    }
  }

  // ---- the Java API with random field values ---------------------------------------------------

  static Arbitrary<BigDecimal> hostileDecimals() {
    return Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(4),
            Combinators.combine(
                    Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                    Arbitraries.integers().between(-1_000_000_000, 1_000_000_000))
                .as(BigDecimal::new),
            Arbitraries.of("0", "25", "350", "100", "250", "0.1", "25.0001", "1e999999999", "1e-999999999").map(BigDecimal::new))
        .injectNull(0.05);
  }

  static Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(20),
            Arbitraries.of("37.5 mg", "37.5", "mg", "BID", "q8h", "Q7H", "PGB-R2", "R01", "R1", " R01", "", " ", "1e999999999", "-1"))
        .injectNull(0.05);
  }

  /** Java API calls on random inputs; printed with those inputs when a property fails. */
  record Construction(String inputs, Runnable action) {
    @Override
    public String toString() {
      return inputs;
    }
  }

  static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.1);
  }

  @Provide
  Arbitrary<Construction> quantityConstructions() {
    return Combinators.combine(hostileDecimals(), orNull(Arbitraries.of(Unit.class)), hostileText(), Arbitraries.of(Unit.class))
        .as(
            (value, unit, text, other) ->
                new Construction(
                    "Quantity(" + value + ", " + unit + "), text " + text + ", other unit " + other,
                    () -> {
                      Quantity q = new Quantity(value, unit);
                      q.to(other);
                      q.plus(Quantity.parse(text));
                      new Dose(q).exceeds(Dose.of(text));
                      Frequency.TWICE_DAILY.dailyTotal(new Dose(q));
                      DailyDose.mg(text);
                      Quantity.of(text, other);
                    }));
  }

  @Provide
  Arbitrary<Construction> frequencyConstructions() {
    return Combinators.combine(hostileText(), Arbitraries.integers(), Arbitraries.integers(), hostileText())
        .as(
            (code, administrations, period, description) ->
                new Construction(
                    "Frequency(" + code + ", " + administrations + ", " + period + ", " + description + ")",
                    () -> {
                      Frequency.everyHours(administrations);
                      Frequency.parse(code).dailyTotal(Dose.mg(1));
                      new Frequency(code, administrations, period, description).dailyTotal(Dose.mg(1));
                    }));
  }

  @Provide
  Arbitrary<Construction> citationConstructions() {
    Arbitrary<List<String>> sources = hostileText().list().ofMaxSize(3).injectNull(0.1);
    return Combinators.combine(hostileText(), sources, orNull(Arbitraries.of(Verification.class)), orNull(Arbitraries.of(CodeSystem.class)), hostileText())
        .as(
            (fact, src, verification, system, code) ->
                new Construction(
                    "Citation(" + fact + ", " + src + ", " + verification + "), Code(" + system + ", " + code + ")",
                    () -> {
                      Citation citation = new Citation(fact, src, verification);
                      assertThat(citation.toString()).contains(citation.fact());
                      assertThat(new Code(system, code, fact).toString()).contains(code);
                      CodeSystem.parse(code);
                      Finding.builder(code, org.painpath.core.explain.Severity.INFO).message(fact).cite(citation).build();
                    }));
  }

  @Provide
  Arbitrary<Construction> patientConstructions() {
    Arbitrary<Object[]> first =
        Combinators.combine(
                Arbitraries.integers().edgeCases(c -> c.add(17, 18, 120, 121)),
                orNull(Arbitraries.of(Sex.class)),
                hostileDecimals(),
                hostileDecimals(),
                hostileDecimals(),
                orNull(Arbitraries.of(CreatinineUnit.class)),
                hostileDecimals(),
                orNull(Arbitraries.of(WeightBasis.class)))
            .as((age, sex, w, h, scr, scrUnit, crcl, basis) -> new Object[] {age, sex, w, h, scr, scrUnit, crcl, basis});
    return Combinators.combine(first, orNull(Arbitraries.of(ChildPughClass.class)), hostileText(), Arbitraries.of(true, false))
        .as(
            (f, childPugh, rxcui, useOptionals) ->
                new Construction(
                    "Patient " + java.util.Arrays.toString(f) + ", childPugh " + childPugh + ", rxcui " + rxcui,
                    () -> {
                      Patient.Builder b = Patient.builder().age(new Age((Integer) f[0])).sex((Sex) f[1]);
                      if (useOptionals) {
                        b.weightKg(Optional.ofNullable((BigDecimal) f[2])).heightCm(Optional.ofNullable((BigDecimal) f[3]));
                      } else {
                        b.weightKg((BigDecimal) f[2]).heightCm((BigDecimal) f[3]);
                      }
                      if (f[4] != null || f[5] != null) {
                        b.serumCreatinine(new SerumCreatinine((BigDecimal) f[4], (CreatinineUnit) f[5]));
                      }
                      if (f[6] != null) {
                        b.creatinineClearance(new CreatinineClearance((BigDecimal) f[6]));
                      }
                      b.clearanceWeightBasis((WeightBasis) f[7]).childPugh(Optional.ofNullable(childPugh));
                      b.addCurrentMedications(MedicationStatement.taking(Code.rxNorm(rxcui, "drug")));
                      afterReading(b.build());
                    }));
  }

  @Property
  void random_quantity_and_dose_fields_through_the_java_api_yield_only_problems(
      @ForAll("quantityConstructions") Construction construction) {
    onlyInvalidInputEscapes(construction, construction.action());
  }

  @Property
  void random_frequency_fields_through_the_java_api_yield_only_problems(
      @ForAll("frequencyConstructions") Construction construction) {
    onlyInvalidInputEscapes(construction, construction.action());
  }

  @Property
  void random_citation_and_code_fields_through_the_java_api_yield_only_problems(
      @ForAll("citationConstructions") Construction construction) {
    onlyInvalidInputEscapes(construction, construction.action());
  }

  @Property
  void random_patient_fields_through_the_builder_yield_only_problems(@ForAll("patientConstructions") Construction construction) {
    onlyInvalidInputEscapes(construction, construction.action());
  }
}
