package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * An RxNorm ingredient code from the pack, cited (reference section 6.1).
 *
 * @param code the RxNorm code
 * @param display the concept's name
 * @param citation where the code comes from (reference section 6.1)
 */
@API(status = EXPERIMENTAL)
public record CitedCode(String code, String display, Citation citation) {

  /**
   * Validates the components.
   *
   * @param code the RxNorm code
   * @param display the concept's name
   * @param citation where the code comes from (reference section 6.1)
   * @throws org.painpath.core.problem.InvalidInputException naming each missing component
   */
  public CitedCode {
    Problems.Collector problems = Problems.collector();
    problems.check(code != null, "code", "required", "is required");
    problems.check(display != null, "display", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }


  /**
   * The code as an RxNorm {@link Code}.
   *
   * @return the code
   */
  public Code asCode() {
    return Code.rxNorm(code, display);
  }
}
