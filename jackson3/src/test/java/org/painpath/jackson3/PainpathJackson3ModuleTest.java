package org.painpath.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Quantity;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class PainpathJackson3ModuleTest {

  private static final JsonMapper HOST = JsonMapper.builder().addModule(new PainpathJackson3Module()).build();

  @Test
  void a_jackson_3_host_writes_every_sample_case_log_byte_for_byte_as_the_sdk_and_reads_it_back_equal() {
    assertThat(SampleCases.all()).isNotEmpty();
    for (SampleCase sample : SampleCases.all()) {
      CaseLog log = sample.log();
      String sdk = PainpathJson.write(log);
      String host = HOST.writeValueAsString(log);
      assertThat(host).as(sample.toString()).isEqualTo(sdk);
      assertThat(HOST.readValue(sdk, CaseLog.class)).isEqualTo(log);
      assertThat(CaseLog.read(host)).isEqualTo(log);
      assertThat(CaseLog.read(HOST.writerWithDefaultPrettyPrinter().writeValueAsString(log))).isEqualTo(log);
    }
  }

  @Test
  void without_the_module_jackson_3_cannot_read_a_case_log_which_is_why_the_module_exists() {
    JsonMapper bare = JsonMapper.builder().build();
    String sdk = PainpathJson.write(SampleCases.all().get(0).log());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> bare.readValue(sdk, CaseLog.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void derived_getters_are_not_written_decimals_are_plain_and_properties_keep_their_declared_order() {
    Patient patient = PainpathJson.read("{\"age\":80,\"sex\":\"F\",\"weightKg\":1E+2}", Patient.class);
    String host = HOST.writeValueAsString(patient);
    assertThat(host)
        .isEqualTo(PainpathJson.write(patient))
        .doesNotContain("olderAdult")
        .startsWith("{\"age\":80,\"sex\":\"F\",\"weightKg\":100,");
    assertThat(HOST.writeValueAsString(Quantity.mg("1000"))).isEqualTo("{\"value\":1000,\"unit\":\"mg\"}");
  }

  @Test
  void the_module_leaves_the_hosts_own_values_alone() {
    JsonMapper host = JsonMapper.builder().addModule(new PainpathJackson3Module()).enable(SerializationFeature.INDENT_OUTPUT).build();
    assertThat(host.writeValueAsString(Map.of("b", new BigDecimal("1E+3")))).contains("1E+3");
    assertThat(HOST.writeValueAsString(LocalDate.of(2026, 12, 1))).isEqualTo("\"2026-12-01\"");
  }
}
