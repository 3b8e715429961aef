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
  WORSE,
  NONE,
  MINIMAL,
  MODERATE,
  SUBSTANTIAL;

  public boolean atLeast(ChangeCategory other) {
    return compareTo(other) >= 0;
  }

  static ChangeCategory higher(ChangeCategory a, ChangeCategory b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
