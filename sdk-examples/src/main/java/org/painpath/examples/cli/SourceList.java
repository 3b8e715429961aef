package org.painpath.examples.cli;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.SourceCatalogue;

/**
 * The sources an answer cites, each R-number resolved to its title through the core {@link
 * SourceCatalogue}, listed once each in R-number order: the "Sources" section of a text answer and the
 * {@code sources} array of a JSON one.
 */
final class SourceList {

  /** One source as printed. */
  record Entry(String id, String title, @Nullable Integer year) {

    String line() {
      return id + "  " + title + (year == null ? "" : " (" + year + ")");
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
        .map(s -> new Entry(s.id(), s.title(), s.year()))
        .orElse(new Entry(id, "(not in the source catalogue)", null));
  }
}
