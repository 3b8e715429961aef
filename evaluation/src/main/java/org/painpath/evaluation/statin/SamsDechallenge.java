package org.painpath.evaluation.statin;

/** SAMS clinical index item 3, improvement after stopping the statin (SAMS-10, SAMS-11). */
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
