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
  /** Informs the clinician (a reason, a note on a plan); nothing to act on. */
  INFO,
  /** Asks for monitoring or a closer look; the action may go ahead (a regimen check answers {@code ACCEPTED_WITH_WARNINGS}). */
  MODERATE,
  /**
   * Needs a clinician's documented override before the action goes ahead (a regimen check answers {@code
   * ACCEPTED_WITH_WARNINGS}, never silently accepted).
   */
  MAJOR,
  /**
   * Stops the action: a contraindication, a duplication, a limit exceeded, or data missing for a safe
   * answer (a regimen check answers {@code REJECTED}).
   */
  BLOCKING;

  /**
   * Whether this severity stops the action.
   *
   * @return true for {@link #BLOCKING} only
   */
  public boolean blocks() {
    return this == BLOCKING;
  }

  /**
   * Whether this severity is {@code other} or higher on the scale INFO &lt; MODERATE &lt; MAJOR &lt; BLOCKING.
   *
   * @param other the severity compared with
   * @return true when this is at least as severe as {@code other}
   */
  public boolean atLeast(Severity other) {

    return compareTo(other) >= 0;
  }
}
