package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/** The overall answer of a regimen check. */
@API(status = STABLE)
public enum Verdict {
  /** No finding of MODERATE severity or above. */
  ACCEPTED,
  /** Acceptable, with MODERATE or MAJOR findings a prescriber must read. */
  ACCEPTED_WITH_WARNINGS,
  /** A BLOCKING finding: the regimen must not be given as proposed. */
  REJECTED;

  /**
   * REJECTED iff any finding blocks; with warnings iff any is MODERATE or MAJOR; else accepted.
   *
   * @param findings the check's findings
   * @return the verdict they give
   */
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
