package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.json.PainpathJson;
import org.apiguardian.api.API;

/**
 * The sources of the clinical reference (R01, R02, ...), loaded once from the bundled {@code
 * sources.json}. Every citation's source id must resolve here; the knowledge packs check that on load.
 */
@API(status = STABLE)
public final class SourceCatalogue {

  private static final String RESOURCE = "/org/painpath/core/citation/sources.json";
  private static final SourceCatalogue BUNDLED = load();

  private final Map<String, Source> byId;

  private SourceCatalogue(Map<String, Source> byId) {
    this.byId = byId;
  }

  /**
   * The catalogue shipped in this jar, read once when the class is first used.
   *
   * @return the bundled catalogue, the same instance on every call
   */
  public static SourceCatalogue bundled() {
    return BUNDLED;
  }

  /**
   * The source with this id, for showing a citation's titles and links.
   *
   * @param id a source id such as {@code R02}
   * @return the source, or empty when the reference has no such source
   */
  public Optional<Source> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether a source id resolves: the pack loader refuses a citation whose source it does not know.
   *
   * @param id a source id such as {@code R02}
   * @return true when the catalogue has this source
   */
  public boolean knows(String id) {
    return byId.containsKey(id);
  }

  /**
   * Number of sources in the catalogue.
   *
   * @return how many sources the catalogue holds
   */
  public int size() {
    return byId.size();
  }

  private static SourceCatalogue load() {
    try (InputStream in = SourceCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      List<Source> sources = PainpathJson.reader().forType(new TypeReference<List<Source>>() {}).readValue(in);
      Map<String, Source> byId = new LinkedHashMap<>();
      sources.forEach(s -> byId.put(s.id(), s));
      return new SourceCatalogue(Map.copyOf(byId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
