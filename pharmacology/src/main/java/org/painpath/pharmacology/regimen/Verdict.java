package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/** The overall answer of a regimen check. */
@API(status = STABLE)
public enum Verdict {
  ACCEPTED,
  ACCEPTED_WITH_WARNINGS,
  REJECTED;

  /** REJECTED iff any finding blocks; with warnings iff any is MODERATE or MAJOR; else accepted. */
  public static Verdict of(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity().blocks())) {
      return REJECTED;
    }
    if (findings.stream().anyMatch(f -> f.severity().atLeast(Severity.MODERATE))) {
      return ACCEPTED_WITH_WARNINGS;
    }
    return ACCEPTED;
  }
}
