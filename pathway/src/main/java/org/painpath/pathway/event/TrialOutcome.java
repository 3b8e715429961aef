package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a drug trial ended (reference PIT-09). A trial stopped for intolerable effects counts as failed
 * at any point; a trial stopped early for lack of effect, before target dose and duration, is not an
 * adequate trial and does not count towards referral.
 */
@API(status = EXPERIMENTAL)
public enum TrialOutcome {
  /** Moderate or better improvement at the end of an adequate trial: continue. */
  RESPONDED,
  /** Adequate trial, improvement below the moderate threshold: failed. */
  INADEQUATE_RESPONSE,
  /** Stopped for intolerable adverse effects: failed, whatever the duration. */
  INTOLERABLE_EFFECTS,
  /**
   * Stopped for a reason other than intolerable effects (lack of effect before the trial was
   * adequate, patient choice, or after a response): never a failed adequate trial.
   */
  STOPPED_FOR_OTHER_REASON;

  /**
   * Whether the trial counts as a failed trial towards escalation and referral (PIT-09).
   *
   * @return true for an inadequate response or intolerable effects
   */
  public boolean countsAsFailedTrial() {
    return this == INADEQUATE_RESPONSE || this == INTOLERABLE_EFFECTS;
  }
}
