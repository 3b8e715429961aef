package org.painpath.core.code;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * The condition code lists painpath's rules match patient conditions against, read once from the bundled
 * {@code condition-code-sets.json}. They live in core so that every module reads the same lists (the drug
 * pack's contraindications, evaluation's findings and the pathway's guards) without depending on each other.
 * Every citation's sources must be known to the {@link SourceCatalogue}.
 */
@API(status = EXPERIMENTAL)
public final class ConditionCodeSets {

  /**
   * Suspected statin-associated (anti-HMGCR) autoimmune myopathy (SAMS-14): no statin again. Evaluation
   * names its code when it suspects it; the drug pack contraindicates every statin on it; the pathway
   * refuses a statin re-challenge on it.
   */
  public static final String STATIN_AUTOIMMUNE_MYOPATHY = "statin-associated-autoimmune-myopathy";

  private static final String RESOURCE = "/org/painpath/core/code/condition-code-sets.json";
  private static final ConditionCodeSets BUNDLED = load();

  private final Map<String, CodeSet> byId;

  private ConditionCodeSets(Map<String, CodeSet> byId) {
    this.byId = byId;
  }

  /**
   * The lists shipped with painpath.
   *
   * @return the bundled lists, the same instance on every call
   */
  public static ConditionCodeSets bundled() {
    return BUNDLED;
  }

  /**
   * Lists from entries, refusing duplicate ids and unknown sources.
   *
   * @param sets the code sets
   * @return the lists
   * @throws InvalidInputException naming every duplicate id and unknown source
   */
  public static ConditionCodeSets of(List<CodeSet> sets) {
    Problems.Collector problems = Problems.collector();
    Map<String, CodeSet> byId = new LinkedHashMap<>();
    SourceCatalogue sources = SourceCatalogue.bundled();
    for (int i = 0; i < sets.size(); i++) {
      CodeSet set = sets.get(i);
      problems.check(byId.put(set.id(), set) == null, "[" + i + "].id", "duplicate-id", set.id() + " appears twice");
      for (int j = 0; j < set.codes().size(); j++) {
        String field = "[" + i + "].codes[" + j + "].citation.sources";
        set.codes().get(j).citation().sources().stream()
            .filter(s -> !sources.knows(s))
            .forEach(s -> problems.add(field, "unknown-source", s + " is not a reference source"));
      }
    }
    problems.throwIfAny();
    return new ConditionCodeSets(Collections.unmodifiableMap(byId));
  }

  /**
   * Every set, in file order.
   *
   * @return the sets
   */
  public List<CodeSet> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The set with this id.
   *
   * @param id the set's id
   * @return the set, or empty when unknown
   */
  public Optional<CodeSet> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The set with this id, or bad input naming {@code conditionSet}.
   *
   * @param id the set's id
   * @return the set
   * @throws InvalidInputException naming {@code conditionSet} when unknown ({@code unknown-condition-set})
   */
  public CodeSet require(String id) {
    CodeSet set = byId.get(id);
    if (set == null) {
      throw InvalidInputException.of(
          "conditionSet", "unknown-condition-set", "\"" + id + "\" is not a condition code set; known: " + byId.keySet());
    }
    return set;
  }

  private static ConditionCodeSets load() {
    try (InputStream in = ConditionCodeSets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      List<CodeSet> sets =
          PainpathJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), new TypeReference<List<CodeSet>>() {});
      return of(sets);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("bundled " + RESOURCE + " is invalid: " + e.problems(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
