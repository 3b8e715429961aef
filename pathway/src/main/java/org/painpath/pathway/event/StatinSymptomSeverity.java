package org.painpath.pathway.event;

/**
 * How bad the muscle symptoms on a statin are: the statin is stopped either way; severe symptoms
 * also need CK, creatinine and urinalysis for myoglobinuria (reference SAMS-02, SAMS-03).
 */
public enum StatinSymptomSeverity {
  MILD_MODERATE,
  SEVERE
}
