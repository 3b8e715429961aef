package org.painpath.pathway.intervention;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * The non-drug treatments of the pathway, read once from the bundled {@code interventions.json} and
 * checked on load (unique ids, every citation's sources known). Like the drug pack, it is data: a
 * new technique is a new entry with its citations, not new code.
 */
@API(status = EXPERIMENTAL)
public final class InterventionCatalogue {

  private static final String RESOURCE = "/org/painpath/pathway/intervention/interventions.json";
  private static final InterventionCatalogue BUNDLED = load();

  private final Map<String, Intervention> byId;

  private InterventionCatalogue(Map<String, Intervention> byId) {
    this.byId = byId;
  }

  /**
   * The catalogue shipped with painpath.
   *
   * @return the bundled catalogue
   */
  public static InterventionCatalogue bundled() {
    return BUNDLED;
  }

  /**
   * Builds a catalogue from entries, refusing duplicate ids and unknown sources.
   *
   * @param interventions the entries
   * @return the catalogue
   * @throws org.painpath.core.problem.InvalidInputException naming every duplicate id and unknown source
   */
  public static InterventionCatalogue of(List<Intervention> interventions) {
    Problems.Collector problems = Problems.collector();
    Map<String, Intervention> byId = new LinkedHashMap<>();
    SourceCatalogue sources = SourceCatalogue.bundled();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention entry = interventions.get(i);
      problems.check(
          byId.put(entry.id(), entry) == null, "[" + i + "].id", "duplicate-id", entry.id() + " appears twice");
      String field = "[" + i + "].citations";
      entry.citations().stream()
          .flatMap(c -> c.sources().stream())
          .filter(s -> !sources.knows(s))
          .forEach(s -> problems.add(field, "unknown-source", s + " is not a reference source"));
    }
    problems.throwIfAny();
    return new InterventionCatalogue(java.util.Collections.unmodifiableMap(byId));
  }

  /**
   * Every intervention, in catalogue order.
   *
   * @return the interventions
   */
  public List<Intervention> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The intervention with this id.
   *
   * @param id the catalogue id
   * @return the intervention, or empty when unknown
   */
  public Optional<Intervention> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The intervention, or an {@link InvalidInputException} listing the known ids.
   *
   * @param id the catalogue id
   * @return the intervention
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} when unknown
   */
  public Intervention require(String id) {
    Intervention found = byId.get(id);
    if (found == null) {
      throw InvalidInputException.of(
          "intervention", "unknown-intervention", "\"" + id + "\" is not in the catalogue; known: " + byId.keySet());
    }
    return found;
  }

  /**
   * The one rule by which both the decider (a start command) and a stored log (an intervention-started
   * event) accept an intervention: its id is in the catalogue, and a recorded modality is the catalogue's.
   *
   * @param id the catalogue id
   * @param recorded the modality a log recorded with it, or null for a command (which records none)
   * @return the intervention
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} when unknown
   *     ({@code unknown-intervention}) and {@code modality} when it disagrees ({@code modality-mismatch})
   */
  public Intervention requireRecorded(String id, @Nullable Modality recorded) {
    Intervention found = require(id);
    if (recorded != null && recorded != found.modality()) {
      throw InvalidInputException.of(
          "modality", "modality-mismatch",
          id + " is " + found.modality() + " in the catalogue, not " + recorded);
    }
    return found;
  }

  /**
   * The interventions of one family.
   *
   * @param category the family
   * @return its interventions, in catalogue order
   */
  public List<Intervention> inCategory(InterventionCategory category) {
    return byId.values().stream().filter(i -> i.category() == category).toList();
  }

  private static InterventionCatalogue load() {
    try (InputStream in = InterventionCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      byte[] bytes = in.readAllBytes();
      List<Intervention> entries =
          PainpathJson.read(
              new String(bytes, java.nio.charset.StandardCharsets.UTF_8), new TypeReference<List<Intervention>>() {});
      return of(entries);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("bundled " + RESOURCE + " is invalid: " + e.problems(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
