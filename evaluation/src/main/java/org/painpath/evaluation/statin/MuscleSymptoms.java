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
  NONE,
  MILD_TO_MODERATE,
  SEVERE;

  public boolean present() {
    return this != NONE;
  }
}
