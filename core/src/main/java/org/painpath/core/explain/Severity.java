package org.painpath.core.explain;

/**
 * How much a finding matters, in rising order (reference section 2's scale, made general):
 * INFO informs; MODERATE asks for monitoring; MAJOR needs a clinician's documented override;
 * BLOCKING stops the action (contraindication, duplication, a limit exceeded, data missing for a safe
 * answer).
 */
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
