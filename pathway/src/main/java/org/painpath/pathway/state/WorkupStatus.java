package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where the diagnostic evaluation stands. */
@API(status = EXPERIMENTAL)
public enum WorkupStatus {
  /** Nothing ordered or skipped yet. */
  NOT_STARTED,
  /** Orders outstanding. */
  ORDERED,
  /** Results in and interpreted. */
  INTERPRETED,
  /** Not done, with the reason recorded. */
  SKIPPED;

  /**
   * Interpreted or skipped-with-reason: drug escalation may follow (reference SAMS-03, PW-05).
   *
   * @return true when interpreted or skipped
   */
  public boolean isSettled() {
    return this == INTERPRETED || this == SKIPPED;
  }
}
