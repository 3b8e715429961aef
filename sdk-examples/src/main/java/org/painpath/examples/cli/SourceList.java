package org.painpath.examples.cli;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Provenance;
import org.painpath.core.citation.SourceCatalogue;

/**
 * The sources an answer cites, each R-number resolved to its title through the core {@link
 * SourceCatalogue}, listed once each in R-number order: the "Sources" section of a text answer and the
 * {@code sources} array of a JSON one. A source flagged for replacement (a mirror, forum or blog, or AI-written
 * summary) is marked so in the text, and the JSON carries its provenance and what to cite instead.
 */
final class SourceList {

  /** One source as printed; {@code provenance} is null only for an id the catalogue does not know. */
  record Entry(
      String id, String title, @Nullable Integer year, @Nullable Provenance provenance, @Nullable String replaceWith) {

    String line() {
      return id + "  " + title + (year == null ? "" : " (" + year + ")") + flag();
    }

    /** Why the source must not stay cited; the note on what to cite instead is too long for every answer. */
    private String flag() {
      if (provenance == null) {
        return "";
      }
      String what =
          switch (provenance) {
            case PUBLISHER, SECONDARY -> "";
            case UNAUTHORISED_MIRROR -> "unauthorised mirror";
            case FORUM_OR_BLOG -> "forum or blog";
            case AI_WRITTEN_SUMMARY -> "AI-written summary";
          };
      return what.isEmpty() ? "" : "  [to replace: " + what + "]";
    }
  }

  private SourceList() {}

  static List<Entry> of(Collection<Citation> citations) {
    TreeSet<String> ids = new TreeSet<>();
    citations.forEach(c -> ids.addAll(c.sources()));
    SourceCatalogue catalogue = SourceCatalogue.bundled();
    return ids.stream().map(id -> entry(catalogue, id)).toList();
  }

  static String text(List<Entry> entries) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("Sources:\n");
    entries.forEach(e -> text.append("  ").append(e.line()).append('\n'));
    return text.toString();
  }

  private static Entry entry(SourceCatalogue catalogue, String id) {
    return catalogue.find(id)
        .map(s -> new Entry(s.id(), s.title(), s.year(), s.provenance(), s.replaceWith()))
        .orElse(new Entry(id, "(not in the source catalogue)", null, null, null));
  }
}
