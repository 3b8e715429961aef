package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** SAMS clinical index item 2, onset of symptoms after starting the statin (SAMS-11). */
@API(status = EXPERIMENTAL)
public enum SamsOnset {
  WITHIN_4_WEEKS(3),
  FROM_4_TO_12_WEEKS(2),
  AFTER_12_WEEKS(1);

  private final int points;

  SamsOnset(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
