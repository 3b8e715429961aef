package org.painpath.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.problemsOf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Quantity;

class PainpathModuleTest {

  private static final ObjectMapper HOST = JsonMapper.builder().addModule(new PainpathModule()).build();

  private static final Patient PATIENT =
      PainpathJson.read(
          "{\"age\":80,\"sex\":\"F\",\"weightKg\":100,\"currentMedications\":[{\"medication\":{\"system\":\"RxNorm\",\"code\":\"1\","
              + "\"display\":\"x\"},\"dailyDose\":{\"value\":1E+3,\"unit\":\"mg\"},\"stoppedOn\":\"2026-12-01\"}]}",
          Patient.class);

  @Test
  void a_host_mapper_with_default_features_and_the_module_writes_the_sdks_bytes_and_reads_them_back() throws JsonProcessingException {
    String host = HOST.writeValueAsString(PATIENT);

    assertThat(host).isEqualTo(PainpathJson.write(PATIENT)).contains("\"weightKg\":100,", "\"value\":1000,", "\"stoppedOn\":\"2026-12-01\"");
    assertThat(host).doesNotContain("olderAdult", "zero", "current\"");
    assertThat(HOST.readValue(host, Patient.class)).isEqualTo(PATIENT);
    assertThat(PainpathJson.read(host, Patient.class)).isEqualTo(PATIENT);
  }

  @Test
  void without_the_module_a_host_mapper_writes_derived_getters_that_the_sdk_then_refuses() throws JsonProcessingException {
    ObjectMapper bare = JsonMapper.builder().findAndAddModules().build();

    String json = bare.writeValueAsString(PATIENT);

    assertThat(json).contains("olderAdult");
    assertThat(codes(problemsOf(() -> PainpathJson.read(json, Patient.class)))).contains("unknown-field");
  }

  @Test
  void dates_and_decimals_of_painpath_values_do_not_follow_the_hosts_features_but_the_hosts_own_values_do()
      throws JsonProcessingException {
    ObjectMapper host =
        JsonMapper.builder()
            .addModule(new PainpathModule())
            .addModule(new PainpathModule()) // registered once
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    MedicationStatement stopped = MedicationStatement.stopped(Code.rxNorm("1", "x"), LocalDate.of(2026, 12, 1));

    assertThat(host.writeValueAsString(stopped)).isEqualTo(PainpathJson.write(stopped)).contains("\"2026-12-01\"");
    assertThat(host.writeValueAsString(Quantity.mg("1000"))).isEqualTo("{\"value\":1000,\"unit\":\"mg\"}");
    assertThat(host.writeValueAsString(LocalDate.of(2026, 12, 1))).isEqualTo("[2026,12,1]");
    assertThat(host.writeValueAsString(new BigDecimal("1E+3"))).isEqualTo("1E+3");
  }
}
