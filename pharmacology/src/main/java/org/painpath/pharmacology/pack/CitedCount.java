package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;

/**
 * A whole number from the pack (days, years, hours) with its citation.
 *
 * @param value the number (days, years, hours)
 * @param citation where it comes from
 */
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
