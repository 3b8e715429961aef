package org.painpath.pharmacology.internal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.painpath.core.citation.SourceCatalogue;
import org.painpath.core.citation.Verification;
import org.painpath.core.problem.Problems;

/**
 * Walks a pack document as JSON and insists that every number stands in an object that also carries
 * a {@code citation}, and that every citation names a fact id, a known verification tag and only
 * sources the {@link SourceCatalogue} knows. Done on the JSON tree, before binding, so a number that
 * lost its citation is reported with its path instead of failing the binding.
 */
final class CitationAudit {

  /** Numbers that are format metadata, not clinical values. */
  private static final Set<String> UNCITED_FIELDS = Set.of("schemaVersion");

  private static final Pattern FACT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private CitationAudit() {}

  static Problems audit(JsonNode root, SourceCatalogue sources) {
    Problems.Collector problems = Problems.collector();
    walk(root, "", false, sources, problems);
    return problems.problems();
  }

  /**
   * A copy of the document in which every object holding an uncited number gets a placeholder
   * citation, so that binding and the dosing checks can still run and report their own problems; the
   * audit has already reported the missing citations.
   */
  static JsonNode withPlaceholders(JsonNode root) {
    JsonNode copy = root.deepCopy();
    placeholders(copy);
    return copy;
  }

  private static void placeholders(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      boolean hasNumber = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        hasNumber |= field.getValue().isNumber() && !UNCITED_FIELDS.contains(field.getKey());
        placeholders(field.getValue());
      }
      if (hasNumber && !object.has("citation")) {
        ObjectNode placeholder = object.putObject("citation");
        placeholder.put("fact", "MISSING-CITATION");
        placeholder.putArray("sources");
        placeholder.put("verification", Verification.DESIGN.name());
      }
    } else if (node.isArray()) {
      node.forEach(CitationAudit::placeholders);
    }
  }

  private static void walk(
      JsonNode node, String path, boolean parentCited, SourceCatalogue sources, Problems.Collector problems) {
    if (node.isObject()) {
      JsonNode citation = node.get("citation");
      boolean cited = citation != null;
      if (cited) {
        checkCitation(citation, path.isEmpty() ? "citation" : path + ".citation", sources, problems);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals("citation")) {
          continue;
        }
        String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isNumber()) {
          problems.check(
              cited || UNCITED_FIELDS.contains(field.getKey()),
              childPath,
              "uncited-number",
              "the number " + field.getValue().asText() + " has no citation beside it");
        } else {
          walk(field.getValue(), childPath, cited, sources, problems);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        String childPath = path + "[" + i + "]";
        if (element.isNumber()) {
          problems.add(childPath, "uncited-number", "a bare number in a list has no citation");
        } else {
          walk(element, childPath, parentCited, sources, problems);
        }
      }
    }
  }

  private static void checkCitation(
      JsonNode citation, String path, SourceCatalogue sources, Problems.Collector problems) {
    if (!citation.isObject()) {
      problems.add(path, "bad-citation", "a citation must be an object {fact, sources, verification}");
      return;
    }
    JsonNode fact = citation.path("fact");
    problems.check(
        fact.isTextual() && FACT.matcher(fact.asText()).matches(),
        path + ".fact",
        "bad-fact-id",
        "a citation needs a fact id such as PGB-R2, was " + fact);
    JsonNode verification = citation.path("verification");
    problems.check(
        verification.isTextual() && isVerification(verification.asText()),
        path + ".verification",
        "bad-verification",
        "verification must be one of VERIFIED, VERIFIED_SECONDARY, UNVERIFIED, DESIGN, was " + verification);
    JsonNode list = citation.path("sources");
    if (!list.isArray()) {
      problems.add(path + ".sources", "bad-sources", "sources must be a list of source ids such as [\"R02\"]");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).asText();
      problems.check(
          sources.knows(id),
          path + ".sources[" + i + "]",
          "unknown-source",
          "\"" + id + "\" is not a source of the clinical reference (R01..R" + sources.size() + ")");
    }
    boolean verifiedWithoutSource =
        list.isEmpty()
            && (verification.asText().equals(Verification.VERIFIED.name())
                || verification.asText().equals(Verification.VERIFIED_SECONDARY.name()));
    problems.check(
        !verifiedWithoutSource, path + ".sources", "unsourced", "a VERIFIED fact must name at least one source");
  }

  private static boolean isVerification(String text) {
    for (Verification v : Verification.values()) {
      if (v.name().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
