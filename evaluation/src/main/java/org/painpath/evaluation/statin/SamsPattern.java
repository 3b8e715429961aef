package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 1, regional distribution and pattern of the muscle symptoms (SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsPattern {
  /** Symmetric hip flexor or thigh aches: 3 points. */
  SYMMETRIC_HIP_FLEXOR_OR_THIGH(3),
  /** Symmetric calf aches: 2 points. */
  SYMMETRIC_CALF(2),
  /** Symmetric upper proximal aches: 2 points. */
  SYMMETRIC_UPPER_PROXIMAL(2),
  /** Non-specific, asymmetric, intermittent aches: 1 point. */
  NONSPECIFIC_ASYMMETRIC_INTERMITTENT(1);

  private final int points;

  SamsPattern(int points) {
    this.points = points;
  }

  /**
   * The points this answer contributes to the index.
   *
   * @return the points
   */
  public int points() {
    return points;
  }
}
