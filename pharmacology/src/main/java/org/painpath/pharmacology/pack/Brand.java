package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A brand name of a medication identity, with the source that states which ingredient it contains
 * (a label or an FDA product listing, cited by R-number; checked on load to name at least one source).
 *
 * @param name the brand name as written, e.g. on a label
 * @param citation the label or product listing that states its ingredient
 */
@API(status = EXPERIMENTAL)
public record Brand(String name, Citation citation) {

  /**
   * Validates the components.
   *
   * @param name the brand name as written, e.g. on a label
   * @param citation the label or product listing that states its ingredient
   * @throws org.painpath.core.problem.InvalidInputException naming {@code name} or {@code citation} when
   *     missing
   */
  public Brand {
    Problems.Collector problems = Problems.collector();
    problems.check(name != null, "name", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }
}
