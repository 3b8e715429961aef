package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 3, improvement after stopping the statin (SAMS-10, SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsDechallenge {
  /** Improves within 2 weeks of stopping the statin: 2 points. */
  IMPROVES_WITHIN_2_WEEKS(2),
  /** Improves 2 to 4 weeks after stopping: 1 point. */
  IMPROVES_IN_2_TO_4_WEEKS(1),
  /** No improvement after 4 weeks: 0 points. */
  NO_IMPROVEMENT_AFTER_4_WEEKS(0);

  private final int points;

  SamsDechallenge(int points) {
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
