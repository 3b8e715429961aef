package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A dimensionless number from the pack (a multiplier, a clearance, an MME factor) with its citation.
 *
 * @param value the number
 * @param citation where it comes from
 */
@API(status = EXPERIMENTAL)
public record CitedNumber(BigDecimal value, Citation citation) {

  /**
   * Validates the components.
   *
   * @param value the number
   * @param citation where it comes from
   * @throws org.painpath.core.problem.InvalidInputException naming each missing component
   */
  public CitedNumber {
    Problems.Collector problems = Problems.collector();
    problems.check(value != null, "value", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }
}
