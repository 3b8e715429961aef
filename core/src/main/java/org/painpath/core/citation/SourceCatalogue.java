package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.json.PainpathJson;
import org.apiguardian.api.API;
import org.painpath.core.problem.InvalidInputException;

/**
 * The sources of the clinical reference (R01, R02, ...), loaded once from the bundled {@code sources.json}. Every
 * citation's source id must resolve here; the knowledge packs check that on load. Each source says who published the
 * copy read ({@link Provenance}); one that must not be cited (a mirror, a forum or blog, an AI-written summary) says
 * what to cite instead. Loading refuses an entry with an unknown provenance, or flagged without that note, naming it.
 */
@API(status = STABLE)
public final class SourceCatalogue {

  private static final String RESOURCE = "/org/painpath/core/citation/sources.json";

  private static final SourceCatalogue BUNDLED = fromJson(bundledDocument());

  /** In catalogue order (R01 first), for {@link #all()}. */
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

  /**
   * Every source, in catalogue order (R01 first); {@link Source#flaggedForReplacement()} picks those to replace.
   *
   * @return the sources, unmodifiable
   */
  public List<Source> all() {
    return List.copyOf(byId.values());
  }

  /** The bundled document as a tree, for tests that break it. */
  static JsonNode bundledDocument() {
    try (InputStream in = SourceCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      return PainpathJson.read(in, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a catalogue document (an array of sources), refusing it with every problem named under its source's id.
   *
   * @throws InvalidInputException naming each bad entry and field, e.g. {@code R07.provenance}
   */
  static SourceCatalogue fromJson(JsonNode document) {
    return new SourceCatalogue(Collections.unmodifiableMap(SourceCatalogueReader.read(document)));
  }
}
