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

  public static SourceCatalogue bundled() {
    return BUNDLED;
  }

  public Optional<Source> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean knows(String id) {
    return byId.containsKey(id);
  }

  public int size() {
    return byId.size();
  }

  private static SourceCatalogue load() {
    try (InputStream in = SourceCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      List<Source> sources = PainpathJson.mapper().readValue(in, new TypeReference<List<Source>>() {});
      Map<String, Source> byId = new LinkedHashMap<>();
      sources.forEach(s -> byId.put(s.id(), s));
      return new SourceCatalogue(Map.copyOf(byId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
