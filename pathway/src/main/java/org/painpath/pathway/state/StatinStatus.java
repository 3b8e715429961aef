package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The statin sub-pathway (reference section 3). */
@API(status = EXPERIMENTAL)
public enum StatinStatus {
  /** No statin-associated muscle symptoms recognised. */
  NOT_INVOLVED,
  /** Statin stopped; symptoms not yet resolved. */
  HELD,
  /** Statin still stopped; symptoms resolved, rechallenge possible after the washout. */
  RESOLVED,
  /** On a rechallenge statin (same statin lower dose, or another statin). */
  RECHALLENGED,
  /** Rechallenge tolerated; settled. */
  TOLERATED,
  /** Symptoms persisted two months off the statin: not taken as statin-related (SAMS-05). */
  ATTRIBUTED_ELSEWHERE,
  /** The original statin was resumed after the symptoms were explained otherwise. */
  RESUMED;

  /**
   * A statin is being taken in this status (as far as the sub-pathway is concerned).
   *
   * @return true when rechallenged, tolerated or resumed
   */
  public boolean statinActive() {
    return this == RECHALLENGED || this == TOLERATED || this == RESUMED;
  }

  /**
   * Statin-associated muscle symptoms are recognised and not resolved.
   *
   * @return true while held
   */
  public boolean symptomsUnresolved() {
    return this == HELD;
  }

  /**
   * The sub-pathway still needs action (headline of the case).
   *
   * @return true while held, resolved, rechallenged or attributed elsewhere
   */
  public boolean inProgress() {
    return this == HELD || this == RESOLVED || this == RECHALLENGED || this == ATTRIBUTED_ELSEWHERE;
  }
}
