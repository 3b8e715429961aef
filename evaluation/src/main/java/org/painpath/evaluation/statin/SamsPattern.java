package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 1, regional distribution and pattern of the muscle symptoms (SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsPattern {
  SYMMETRIC_HIP_FLEXOR_OR_THIGH(3),
  SYMMETRIC_CALF(2),
  SYMMETRIC_UPPER_PROXIMAL(2),
  NONSPECIFIC_ASYMMETRIC_INTERMITTENT(1);

  private final int points;

  SamsPattern(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
