package org.painpath.examples.cli;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.painpath.core.citation.Citation;

/** Citations as plain text: fact id and R-numbers, e.g. {@code [PGB-R2: R02, R03; PGB-11: R01]}. */
final class Cites {

  private Cites() {}

  static String inline(Collection<Citation> citations) {
    if (citations.isEmpty()) {
      return "";
    }
    Set<String> each = new LinkedHashSet<>();
    for (Citation c : citations) {
      each.add(c.sources().isEmpty() ? c.fact() + " (" + c.verification() + ")" : c.fact() + ": " + String.join(", ", c.sources()));
    }
    return each.stream().collect(Collectors.joining("; ", "[", "]"));
  }
}
