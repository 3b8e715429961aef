package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The headline of a case: where it stands on the pathway. Derived from the state (see {@link
 * CaseState#phase()}), so it can never disagree with the details.
 */
@API(status = EXPERIMENTAL)
public enum Phase {
  /** No event yet. */
  NOT_OPENED,
  /** Entered after failed conservative care; evaluation not begun. */
  INTAKE,
  /** Work-up ordered, results outstanding. */
  DIAGNOSTIC_EVALUATION,
  /** Evaluation interpreted or skipped with a reason; treatment may begin. */
  EVALUATED,
  /** Statin held, awaiting resolution, rechallenge or attribution elsewhere. */
  STATIN_SUBPATHWAY,
  /** An underlying cause is being treated or has been referred. */
  UNDERLYING_CAUSE,
  /** Drug trials and physical and psychological care, with follow-up and reassessment. */
  MULTIMODAL_TREATMENT,
  /** Referred for multidisciplinary rehabilitation. */
  MULTIDISCIPLINARY_REFERRAL,
  /** Improvement documented; continue and monitor. */
  MAINTENANCE,
  /** Left the pathway. */
  DISCHARGED,
  /** Handed over for same-day or emergency assessment. */
  URGENT_REFERRAL;

  /**
   * No further pathway commands are accepted in a closed phase.
   *
   * @return true when discharged or urgently referred
   */
  public boolean isClosed() {
    return this == DISCHARGED || this == URGENT_REFERRAL;
  }
}
