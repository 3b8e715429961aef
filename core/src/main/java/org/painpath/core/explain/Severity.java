package org.painpath.core.explain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How much a finding matters, in rising order (reference section 2's scale, made general):
 * INFO informs; MODERATE asks for monitoring; MAJOR needs a clinician's documented override;
 * BLOCKING stops the action (contraindication, duplication, a limit exceeded, data missing for a safe
 * answer).
 */
@API(status = STABLE)
public enum Severity {
  INFO,
  MODERATE,
  MAJOR,
  BLOCKING;

  public boolean blocks() {
    return this == BLOCKING;
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
