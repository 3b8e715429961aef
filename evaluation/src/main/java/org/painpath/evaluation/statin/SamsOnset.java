package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 2, onset of symptoms after starting the statin (SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsOnset {
  /** Symptoms began less than 4 weeks after starting the statin: 3 points. */
  WITHIN_4_WEEKS(3),
  /** Symptoms began 4 to 12 weeks after starting it: 2 points. */
  FROM_4_TO_12_WEEKS(2),
  /** Symptoms began more than 12 weeks after starting it: 1 point. */
  AFTER_12_WEEKS(1);

  private final int points;

  SamsOnset(int points) {
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
