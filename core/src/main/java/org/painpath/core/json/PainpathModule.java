package org.painpath.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.apiguardian.api.API;

/**
 * painpath's JSON shape as a Jackson 2 module, for a host that writes and reads painpath values with
 * its own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper host = JsonMapper.builder().addModule(new PainpathModule()).build();
 * host.writeValueAsString(caseLog);   // byte-identical to PainpathJson.write(caseLog)
 * host.readValue(json, CaseLog.class); // reads what the SDK (or the host) wrote
 * }</pre>
 *
 * <p>With the host's default features, every public painpath value is written byte for byte as
 * {@link PainpathJson#write} writes it. The module pins the shape per painpath type (never for the
 * host's own types): derived {@code isX()} getters ({@code olderAdult}, {@code zero}, ...) are not
 * properties; dates and times are ISO-8601 strings ({@code "2026-12-01"}, {@code "08:00"}), whatever
 * {@code WRITE_DATES_AS_TIMESTAMPS} says; decimals are written plain ({@code 1000}, never {@code
 * 1E+3}), whatever {@code WRITE_BIGDECIMAL_AS_PLAIN} says; map entries are sorted by key, whatever
 * {@code ORDER_MAP_ENTRIES_BY_KEYS} says; every decimal read is bounded (20 significant digits,
 * exponent within +-6) before a value type does arithmetic on it. It registers {@link Jdk8Module}
 * and {@link JavaTimeModule} (for {@code Optional} and {@code java.time}) if the host has not.
 *
 * <p>Host features that still change the bytes (the values read back equal either way):
 *
 * <ul>
 *   <li>{@code SerializationFeature.INDENT_OUTPUT} or a pretty printer: whitespace only ({@link
 *       PainpathJson#writePretty} uses Jackson's default pretty printer);
 *   <li>{@code MapperFeature.SORT_PROPERTIES_ALPHABETICALLY}: property order;
 *   <li>a {@code PropertyNamingStrategy} other than the default: property names (reading then
 *       expects the same strategy);
 *   <li>{@code JsonInclude} defaults other than {@code ALWAYS} (e.g. {@code NON_NULL}, {@code
 *       NON_EMPTY}, {@code NON_ABSENT}): absent optional values are left out instead of {@code
 *       null};
 *   <li>{@code JsonWriteFeature.ESCAPE_NON_ASCII} and other generator escaping features: escapes;
 *   <li>{@code SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS}, {@code
 *       WRITE_DATE_KEYS_AS_TIMESTAMPS}, {@code WRITE_ENUMS_USING_TO_STRING}/{@code
 *       WRITE_ENUMS_USING_INDEX}, {@code WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}: the values concerned;
 *   <li>default typing ({@code activateDefaultTyping}): adds type ids (and is unsafe on input).
 * </ul>
 *
 * <p>Reading works with the host's default features. The host's mapper is more lenient than {@link
 * PainpathJson#read} (which adds strict checks: trailing tokens, numbers for enums, scalar coercion,
 * duplicate keys, stream size limits) and reports Jackson exceptions, not problems naming every bad
 * field: to validate untrusted input, read it with {@link PainpathJson#read} or the type's own
 * {@code read} (e.g. {@code CaseLog.read}). Value types still refuse invalid values either way.
 */
@API(status = EXPERIMENTAL)
public final class PainpathModule extends Module {

  /** The module; register it on the host's mapper (once is enough: a second registration is ignored). */
  public PainpathModule() {}

  @Override
  public String getModuleName() {
    return "painpath";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** The host may have registered these already; Jackson then registers them once. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new PainpathAnnotations());
  }

  /** One registration per mapper, however often a host adds it. */
  @Override
  public Object getTypeId() {
    return PainpathModule.class.getName();
  }
}
