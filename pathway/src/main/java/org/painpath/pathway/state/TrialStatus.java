package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where a drug trial stands. */
@API(status = EXPERIMENTAL)
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
