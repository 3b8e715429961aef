package org.painpath.evaluation.outcome;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How much a score changed between two administrations, worst first (reference OUT-02, OUT-15):
 * WORSE for any deterioration; then, by improvement, NONE (&lt; 10 %), MINIMAL (10 to &lt; 30 %),
 * MODERATE (&gt;= 30 %), SUBSTANTIAL (&gt;= 50 %). Because the order is total, "substantial implies
 * moderate implies minimal" is {@link #atLeast(ChangeCategory)}.
 */
@API(status = EXPERIMENTAL)
public enum ChangeCategory {
  /** The follow-up score is worse than the baseline, by any amount. */
  WORSE,
  /** Improvement below 10 %, or no change. */
  NONE,
  /** Improvement of 10 to below 30 % (or a minimal point rule: BPI interference 1 point, ODI 12.8 points). */
  MINIMAL,
  /** Improvement of 30 to below 50 % (or 2 NRS points): the least change that counts as a response. */
  MODERATE,
  /** Improvement of 50 % or more (or 4 NRS points). */
  SUBSTANTIAL;

  /**
   * Whether this category is the same as or better than {@code other}.
   *
   * @param other the category to compare with
   * @return {@code true} if this category ranks at or above {@code other}
   */
  public boolean atLeast(ChangeCategory other) {
    return compareTo(other) >= 0;
  }

  static ChangeCategory higher(ChangeCategory a, ChangeCategory b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
