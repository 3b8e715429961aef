package org.painpath.testkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.json.PainpathModule;
import org.painpath.pathway.log.CaseLog;
import org.painpath.testkit.api.json.JsonValue;
import org.painpath.testkit.api.json.JsonValues;

/**
 * A host that registers {@link PainpathModule} on its own mapper (default features otherwise) writes
 * every public painpath value byte for byte as the SDK does, the SDK reads what the host wrote back
 * to an equal value, and the host reads what the SDK wrote.
 */
class HostMapperJsonProperties {

  private static final ObjectMapper HOST = JsonMapper.builder().addModule(new PainpathModule()).build();

  @Provide
  Arbitrary<List<JsonValue<?>>> values() {
    return JsonValues.any();
  }

  @Property(tries = 60)
  void every_public_value_written_by_a_host_mapper_with_the_module_is_the_sdks_json_and_reads_back_equal(
      @ForAll("values") List<JsonValue<?>> values) throws JsonProcessingException {
    for (JsonValue<?> v : values) {
      assertSameJsonBothWays(v);
    }
  }

  private static <T> void assertSameJsonBothWays(JsonValue<T> v) throws JsonProcessingException {
    String sdk = PainpathJson.write(v.value());
    String host = HOST.writeValueAsString(v.value());
    assertThat(host).as(v.type().getSimpleName()).isEqualTo(sdk);
    Object readBySdk = v.type() == CaseLog.class ? CaseLog.read(host) : PainpathJson.read(host, v.type());
    assertThat(readBySdk).as(v.type().getSimpleName()).isEqualTo(v.value());
    assertThat(HOST.readValue(sdk, v.type())).as(v.type().getSimpleName()).isEqualTo(v.value());
  }
}
