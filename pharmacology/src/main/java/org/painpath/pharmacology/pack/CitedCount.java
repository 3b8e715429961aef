package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;

/** A whole number from the pack (days, years, hours) with its citation. */
public record CitedCount(int value, Citation citation) {

  public CitedCount {
    Problems.Collector problems = Problems.collector();
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }
}
