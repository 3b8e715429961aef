package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 3, improvement after stopping the statin (SAMS-10, SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsDechallenge {
  IMPROVES_WITHIN_2_WEEKS(2),
  IMPROVES_IN_2_TO_4_WEEKS(1),
  NO_IMPROVEMENT_AFTER_4_WEEKS(0);

  private final int points;

  SamsDechallenge(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
