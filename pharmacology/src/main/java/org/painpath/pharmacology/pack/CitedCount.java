package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/** A whole number from the pack (days, years, hours) with its citation. */
@API(status = EXPERIMENTAL)
public record CitedCount(int value, Citation citation) {

  public CitedCount {
    Problems.Collector problems = Problems.collector();
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }
}
