package org.painpath.core.citation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * Reads the catalogue document (an array of sources) field by field, so that a bad entry is refused with every
 * problem named under its source's id ({@code R07.provenance}), or its position when the id itself is unusable.
 */
final class SourceCatalogueReader {

  /** {@code judgement} explains a provenance call to reviewers (and the generated document); it is not in {@link Source}. */
  private static final Set<String> FIELDS = Set.of("id", "title", "year", "location", "provenance", "replaceWith", "judgement");

  private SourceCatalogueReader() {}

  /** The sources by id, in document order. */
  static Map<String, Source> read(JsonNode document) {
    if (!document.isArray()) {
      throw InvalidInputException.of("sources", "not-an-array", "must be an array of sources");
    }
    Problems.Collector problems = Problems.collector();
    Map<String, Source> byId = new LinkedHashMap<>();
    for (int i = 0; i < document.size(); i++) {
      JsonNode entry = document.get(i);
      String name = nameOf(entry, i);
      Source source = entry(entry, name, problems);
      if (source != null && byId.putIfAbsent(source.id(), source) != null) {
        problems.add(name, "duplicate-source", "appears more than once");
      }
    }
    problems.throwIfAny();
    return byId;
  }

  /** The entry's id when it has a usable one (problems are then named after it), else its position. */
  private static String nameOf(JsonNode entry, int index) {
    JsonNode id = entry.path("id");
    return id.isTextual() && Citation.isSourceId(id.asText()) ? id.asText() : "sources[" + index + "]";
  }

  private static @Nullable Source entry(JsonNode entry, String name, Problems.Collector all) {
    if (!entry.isObject()) {
      all.add(name, "not-an-object", "must be an object with id, title, year, location and provenance");
      return null;
    }
    Problems.Collector problems = Problems.collector();
    for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      problems.check(FIELDS.contains(field), field, "unknown-field", "is not a source field");
    }
    JsonNode year = entry.path("year");
    problems.check(
        year.isNull() || year.isMissingNode() || (year.isIntegralNumber() && year.canConvertToInt()),
        "year",
        "bad-year",
        "must be a whole year or null");
    String id = requiredText(entry, "id", problems);
    String title = requiredText(entry, "title", problems);
    String location = requiredText(entry, "location", problems);
    Provenance provenance = provenance(entry.path("provenance"), problems);
    for (String field : List.of("judgement", "replaceWith")) {
      JsonNode node = entry.path(field);
      problems.check(node.isMissingNode() || node.isNull() || node.isTextual(), field, "not-text", "must be text");
    }
    Source source = null;
    // the record's own checks (the replacement note above all) run even when another field is bad: all named at once
    if (id != null && title != null && location != null && provenance != null) {
      try {
        Integer whole = year.isIntegralNumber() && year.canConvertToInt() ? year.intValue() : null;
        source = new Source(id, title, whole, location, provenance, text(entry, "replaceWith"));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    all.addAll(problems.problems().under(name));
    return source;
  }

  private static @Nullable String requiredText(JsonNode entry, String field, Problems.Collector problems) {
    String text = text(entry, field);
    problems.check(text != null, field, "required", "is required (text)");
    return text;
  }

  /** The provenance the entry names; a missing or unknown name is a problem listing the known ones. */
  private static @Nullable Provenance provenance(JsonNode node, Problems.Collector problems) {
    for (Provenance p : Provenance.values()) {
      if (node.isTextual() && p.name().equals(node.asText())) {
        return p;
      }
    }
    boolean missing = node.isMissingNode() || node.isNull();
    problems.add(
        "provenance",
        missing ? "required" : "unknown-provenance",
        (missing ? "is required" : node + " is not a provenance") + " (one of " + Source.names() + ")");
    return null;
  }

  private static @Nullable String text(JsonNode entry, String field) {
    JsonNode node = entry.path(field);
    return node.isTextual() ? node.asText() : null;
  }
}
