package org.painpath.jackson3;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * painpath's JSON shape for a Jackson 3 ({@code tools.jackson}) host mapper: the Jackson 3
 * counterpart of {@code org.painpath.core.json.PainpathModule}, in its own artifact so that
 * painpath's core never depends on Jackson 3.
 *
 * <pre>{@code
 * JsonMapper host = JsonMapper.builder().addModule(new PainpathJackson3Module()).build();
 * host.writeValueAsString(caseLog);    // byte-identical to PainpathJson.write(caseLog)
 * host.readValue(json, CaseLog.class); // reads what the SDK (or the host) wrote
 * }</pre>
 *
 * <p>painpath's types carry Jackson 2 annotations. The shared ones (package {@code
 * com.fasterxml.jackson.annotation}: {@code JsonCreator}, {@code JsonProperty}, {@code JsonTypeInfo},
 * {@code JsonValue}, ...) are read by Jackson 3 as they are. The Jackson 2 databind ones, {@code
 * JsonSerialize(as = ImmutableX.class)} and {@code JsonDeserialize(as = ...)}, which tie each
 * Immutables value to its generated class, are read by this module, which
 * acts as the Jackson 3 mix-in of each such type, so no painpath type needs a Jackson 3 annotation.
 * As in Jackson 2, the module pins per painpath type: no derived {@code isX()} getters, ISO-8601
 * dates and times, plain decimals, map entries sorted by key, bounded decimals on reading, and the
 * declared property order (Jackson 3 sorts properties alphabetically by default).
 *
 * <p>Host features that still change the bytes: {@code SerializationFeature.INDENT_OUTPUT} (and
 * pretty printers), a {@code PropertyNamingStrategy}, {@code JsonInclude} defaults other than
 * {@code ALWAYS}, escaping features of the generator, {@code
 * DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS}, enum-writing features, default typing. Reading
 * works with the host's default features but is more lenient than the SDK's {@code
 * PainpathJson.read} and reports Jackson exceptions: validate untrusted input with the SDK's
 * readers ({@code CaseLog.read}, {@code PainpathJson.read}).
 */
@API(status = EXPERIMENTAL)
public final class PainpathJackson3Module extends JacksonModule {

  /** The module; register it on the host's mapper (once is enough: a second registration is ignored). */
  public PainpathJackson3Module() {}

  @Override
  public String getModuleName() {
    return "painpath";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new Jackson3Annotations());
  }

  /**
   * One registration per mapper, however often a host adds it.
   *
   * @return the same id for every instance of this module
   */
  @Override
  public Object getRegistrationId() {
    return PainpathJackson3Module.class.getName();
  }
}
