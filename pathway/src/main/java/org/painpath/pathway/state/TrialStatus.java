package org.painpath.pathway.state;

/** Where a drug trial stands. */
public enum TrialStatus {
  /** Started, titrating or holding the target. */
  ACTIVE,
  /** Concluded as a response: the drug continues. */
  CONTINUING,
  /** Concluded otherwise: being tapered off. */
  TAPERING,
  /** No longer taken. */
  OFF;

  /**
   * The patient is taking the drug in this status.
   *
   * @return true unless off
   */
  public boolean taken() {
    return this != OFF;
  }
}
