package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A whole number from the pack (days, years, hours) with its citation.
 *
 * @param value the number (days, years, hours)
 * @param citation where it comes from
 */
@API(status = EXPERIMENTAL)
public record CitedCount(int value, Citation citation) {

  /**
   * Validates the components.
   *
   * @param value the number (days, years, hours)
   * @param citation where it comes from
   * @throws org.painpath.core.problem.InvalidInputException naming {@code citation} when missing
   */
  public CitedCount {
    Problems.Collector problems = Problems.collector();
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }
}
