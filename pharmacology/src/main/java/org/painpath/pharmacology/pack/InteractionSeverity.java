package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/** The reference's interaction scale (section 2) and the finding severity each maps to. */
@API(status = EXPERIMENTAL)
public enum InteractionSeverity {
  /** Block, no override. */
  CONTRAINDICATED(Severity.BLOCKING),
  /** Block unless a cross-taper is documented. */
  DUPLICATION(Severity.BLOCKING),
  /** Flag; needs a clinician's override with a reason. */
  MAJOR(Severity.MAJOR),
  /** Flag with monitoring advice. */
  MODERATE(Severity.MODERATE);

  private final Severity severity;

  InteractionSeverity(Severity severity) {
    this.severity = severity;
  }

  /**
   * The finding severity this level maps to.
   *
   * @return BLOCKING for contraindicated and duplication, else MAJOR or MODERATE
   */
  public Severity severity() {
    return severity;
  }
}
