package org.painpath.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.log.CaseLog;
import org.painpath.testkit.api.json.JsonValue;
import org.painpath.testkit.api.json.JsonValues;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 host with {@link PainpathJackson3Module} (default features otherwise) writes every
 * public painpath value byte for byte as the SDK does; the SDK reads it back equal, and the host
 * reads the SDK's JSON back equal.
 */
class Jackson3HostJsonProperties {

  private static final JsonMapper HOST = JsonMapper.builder().addModule(new PainpathJackson3Module()).build();

  @Provide
  Arbitrary<List<JsonValue<?>>> values() {
    return JsonValues.any();
  }

  @Property(tries = 60)
  void every_public_value_written_by_a_jackson_3_host_is_the_sdks_json_and_reads_back_equal(@ForAll("values") List<JsonValue<?>> values) {
    for (JsonValue<?> v : values) {
      assertSameJsonBothWays(v);
    }
  }

  private static <T> void assertSameJsonBothWays(JsonValue<T> v) {
    String sdk = PainpathJson.write(v.value());
    String host = HOST.writeValueAsString(v.value());
    assertThat(host).as(v.type().getSimpleName()).isEqualTo(sdk);
    Object readBySdk = v.type() == CaseLog.class ? CaseLog.read(host) : PainpathJson.read(host, v.type());
    assertThat(readBySdk).as(v.type().getSimpleName()).isEqualTo(v.value());
    assertThat(HOST.readValue(sdk, v.type())).as(v.type().getSimpleName()).isEqualTo(v.value());
  }
}
