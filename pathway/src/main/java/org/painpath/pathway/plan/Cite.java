package org.painpath.pathway.plan;

import java.util.List;
import java.util.stream.Stream;
import org.painpath.core.citation.Citation;

/** Joins citation lists without repeats, keeping the first-seen order. */
final class Cite {

  private Cite() {}

  @SafeVarargs
  static List<Citation> all(List<Citation>... lists) {
    return Stream.of(lists).flatMap(List::stream).distinct().toList();
  }
}
