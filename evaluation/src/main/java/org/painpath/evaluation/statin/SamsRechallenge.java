package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * SAMS clinical index item 4, recurrence on rechallenge (SAMS-11). The reference lists the two scoring
 * answers (3 and 1) and a total range of 2-11; a range starting at 2 needs a 0-point answer here, so
 * "no recurrence within 12 weeks" scores 0 (DESIGN, see docs/clinical-decisions.md).
 */
@API(status = EXPERIMENTAL)
public enum SamsRechallenge {
  /** The same symptoms recur within 4 weeks of restarting: 3 points. */
  SAME_SYMPTOMS_WITHIN_4_WEEKS(3),
  /** The same symptoms recur 4 to 12 weeks after restarting: 1 point. */
  SAME_SYMPTOMS_IN_4_TO_12_WEEKS(1),
  /** No recurrence within 12 weeks: 0 points (DESIGN). */
  NO_RECURRENCE_WITHIN_12_WEEKS(0);

  private final int points;

  SamsRechallenge(int points) {
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
