package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How bad the muscle symptoms on a statin are: the statin is stopped either way; severe symptoms
 * also need CK, creatinine and urinalysis for myoglobinuria (reference SAMS-02, SAMS-03).
 */
@API(status = EXPERIMENTAL)
public enum StatinSymptomSeverity {
  /** Tolerable or moderate symptoms: hold the statin, no further tests required. */
  MILD_MODERATE,
  /**
   * Severe symptoms: hold the statin and check CK, creatinine and urinalysis for myoglobinuria (SAMS-02,
   * SAMS-03).
   */
  SEVERE
}
