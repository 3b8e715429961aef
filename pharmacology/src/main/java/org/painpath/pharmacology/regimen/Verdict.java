package org.painpath.pharmacology.regimen;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/** The overall answer of a regimen check. */
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
