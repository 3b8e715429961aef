package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/** An RxNorm ingredient code from the pack, cited (reference section 6.1). */
@API(status = EXPERIMENTAL)
public record CitedCode(String code, String display, Citation citation) {

  public CitedCode {
    Problems.Collector problems = Problems.collector();
    problems.check(code != null, "code", "required", "is required");
    problems.check(display != null, "display", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }


  public Code asCode() {
    return Code.rxNorm(code, display);
  }
}
