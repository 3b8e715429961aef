package org.painpath.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.DaySchedule;

class PainpathJsonTest {

  @Test
  void a_patient_document_with_five_bad_fields_names_all_five() {
    String json =
        """
        {"age": 70, "sex": "F", "weightKg": 5, "heightCm": "tall",
         "serumCreatinine": {"value": 1.2, "unit": "mmol/L"},
         "currentMedications": [{"medication": {"system": "SNOMED CT", "code": "1", "display": "x"}}],
         "bogus": true}
        """;

    Problems problems = problemsOf(() -> PainpathJson.read(json, Patient.class));

    assertThat(fields(problems))
        .containsExactlyInAnyOrder(
            "weightKg", "heightCm", "serumCreatinine.unit", "currentMedications[0].medication.system", "bogus");
    assertThat(problems.list())
        .anySatisfy(p -> assertThat(p.message()).contains("25-350 kg").contains("5"))
        .anySatisfy(p -> assertThat(p.code()).isEqualTo("unknown-field"));
  }

  @Test
  void a_stop_date_with_month_zero_is_named_as_an_invalid_date_not_thrown() {
    String json =
        """
        {"age": 70, "sex": "F", "heightCm": "tall",
         "currentMedications": [{"medication": {"system": "RxNorm", "code": "0", "display": "A"}, "stoppedOn": [0, 0, 0]}]}
        """;

    Problems problems = problemsOf(() -> PainpathJson.read(json, Patient.class));

    assertThat(fields(problems)).contains("heightCm", "currentMedications[0].stoppedOn");
  }

  @Test
  void bad_required_fields_are_named_together_with_badly_typed_ones() {
    Problems problems = problemsOf(() -> PainpathJson.read("{\"age\": 10, \"sex\": \"X\", \"heightCm\": \"tall\"}", Patient.class));
    assertThat(fields(problems)).containsExactlyInAnyOrder("age", "sex", "heightCm");
  }

  @Test
  void a_patient_without_age_and_sex_names_both() {
    Problems problems = problemsOf(() -> PainpathJson.read("{}", Patient.class));
    assertThat(fields(problems)).containsExactlyInAnyOrder("age", "sex");
    assertThat(codes(problems)).containsOnly("required");
  }

  @Test
  void a_problem_deep_in_a_schedule_is_named_by_its_json_path() {
    String json = "{\"doses\":[{\"time\":\"08:00\",\"dose\":{\"value\":25,\"unit\":\"mg\"}},{\"time\":\"20:00\",\"dose\":{\"value\":-1,\"unit\":\"mgs\"}}]}";
    Problems problems = problemsOf(() -> PainpathJson.read(json, DaySchedule.class));
    assertThat(fields(problems)).containsExactlyInAnyOrder("doses[1].dose.value", "doses[1].dose.unit");
  }

  @Test
  void malformed_json_is_a_problem_at_the_document_root() {
    Problems problems = problemsOf(() -> PainpathJson.read("{\"age\": 70,", Patient.class));
    assertThat(fields(problems)).containsExactly("$");
    assertThat(codes(problems)).containsExactly("malformed-json");
  }

  @Test
  void trailing_tokens_duplicate_keys_and_numbers_for_enums_are_refused() {
    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"value\":1,\"unit\":\"mg\"} x", Quantity.class)))).isNotEmpty();
    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"value\":1,\"value\":2,\"unit\":\"mg\"}", Quantity.class)))).isNotEmpty();
    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"age\":70,\"sex\":1}", Patient.class)))).containsExactly("sex");
    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"age\":\"70\",\"sex\":\"F\"}", Patient.class)))).containsExactly("age");
  }

  @Test
  void a_null_or_missing_document_is_a_problem_not_a_null_value() {
    assertThat(codes(problemsOf(() -> PainpathJson.read("null", Quantity.class)))).containsExactly("required");
    assertThat(codes(problemsOf(() -> PainpathJson.read("", Quantity.class)))).isNotEmpty();
    assertThat(fields(problemsOf(() -> PainpathJson.read((String) null, Quantity.class)))).containsExactly("$");
    assertThat(fields(problemsOf(() -> PainpathJson.read((java.io.InputStream) null, Quantity.class)))).containsExactly("$");
  }

  @Test
  void a_blank_key_is_named_quoted_instead_of_failing_the_problem_list() {
    Problems problems = problemsOf(() -> PainpathJson.read("{\"\": 1, \" \": 2, \"age\": 70, \"sex\": \"F\"}", Patient.class));
    assertThat(fields(problems)).containsExactlyInAnyOrder("\"\"", "\" \"");
    assertThat(codes(problems)).containsOnly("unknown-field");
  }

  @Test
  void a_hostile_document_costs_little_to_refuse() {
    assertThat(problemsOf(() -> PainpathJson.read("[".repeat(10_000), Patient.class)).list()).isNotEmpty();
    Problems huge = problemsOf(() -> PainpathJson.read("{\"age\":70,\"sex\":\"F\",\"weightKg\":1e999999999}", Patient.class));
    assertThat(fields(huge)).containsExactly("weightKg");
    assertThat(huge.toString()).hasSizeLessThan(300);
    assertThat(fields(problemsOf(() -> PainpathJson.read("{\"value\":1" + "0".repeat(100) + ",\"unit\":\"mg\"}", Quantity.class)))).isNotEmpty();
  }

  @Test
  void decimals_stay_exact_from_text_to_value_and_back() {
    Quantity q = PainpathJson.read("{\"value\": 0.1, \"unit\": \"mg\"}", Quantity.class);
    assertThat(q.value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(q.plus(PainpathJson.read("{\"value\": 0.2, \"unit\": \"mg\"}", Quantity.class)).value()).isEqualTo(new BigDecimal("0.3"));
    assertThat(PainpathJson.write(q)).isEqualTo("{\"value\":0.1,\"unit\":\"mg\"}");
  }

  @Test
  void lists_streams_and_pretty_output_use_the_same_configuration() {
    List<Dose> doses = PainpathJson.read("[{\"value\":25,\"unit\":\"mg\"},{\"value\":0.5,\"unit\":\"g\"}]", new TypeReference<List<Dose>>() {});
    assertThat(doses).containsExactly(Dose.mg(25), Dose.of("0.5 g"));
    assertThat(fields(problemsOf(() -> PainpathJson.read("[{\"value\":25,\"unit\":\"mgs\"}]", new TypeReference<List<Dose>>() {}))))
        .containsExactly("[0].unit");

    Patient p = PainpathJson.read(new ByteArrayInputStream("{\"age\":70,\"sex\":\"M\"}".getBytes(StandardCharsets.UTF_8)), Patient.class);
    assertThat(p.sex()).isEqualTo(Sex.M);
    assertThat(fields(problemsOf(() -> PainpathJson.read(new ByteArrayInputStream("{\"age\":7,\"sex\":\"M\"}".getBytes(StandardCharsets.UTF_8)), Patient.class))))
        .containsExactly("age");

    assertThat(PainpathJson.writePretty(p)).contains("\n").contains("\"age\" : 70");
    assertThat(PainpathJson.newMapper()).isNotSameAs(PainpathJson.newMapper());
  }

  @Test
  void a_caller_who_reconfigures_a_mapper_or_reader_it_was_given_does_not_change_what_the_sdk_writes_or_reads() {
    Patient p = PainpathJson.read("{\"age\":70,\"sex\":\"M\"}", Patient.class);
    String before = PainpathJson.write(p);
    PainpathJson.newMapper()
        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);
    PainpathJson.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(PainpathJson.write(p)).isEqualTo(before).doesNotContain("\n").contains("\"heightCm\":null");
    assertThat(codes(problemsOf(() -> PainpathJson.read("{\"age\":70,\"sex\":\"M\",\"olderAdult\":true}", Patient.class))))
        .containsExactly("unknown-field");
  }
}
