package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How severe the muscle symptoms are, as the 2013 ACC/AHA table splits them: severe symptoms mean
 * stopping the statin at once and checking for rhabdomyolysis (SAMS-02); mild to moderate ones mean
 * stopping it until evaluated (SAMS-03).
 */
@API(status = EXPERIMENTAL)
public enum MuscleSymptoms {
  /** No muscle symptoms. */
  NONE,
  /**
   * Mild to moderate symptoms: stop the statin until evaluated and look for conditions that raise the risk
   * (SAMS-03).
   */
  MILD_TO_MODERATE,
  /** Severe unexplained symptoms or fatigue: stop the statin now and check for rhabdomyolysis (SAMS-02). */
  SEVERE;

  /**
   * Whether there are muscle symptoms at all.
   *
   * @return {@code true} unless NONE
   */
  public boolean present() {
    return this != NONE;
  }
}
