package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where an underlying cause stands. */
@API(status = EXPERIMENTAL)
public enum CauseStatus {
  /** Found on evaluation; not yet managed. */
  FOUND,
  /** Management begun (treated or referred); awaiting review. */
  MANAGED,
  /** Managed, reviewed and the pain resolved. */
  RESOLVED,
  /** Managed and reviewed, but the pain persisted: treat the pain in its own right. */
  UNRESOLVED;

  /**
   * Whether the cause still needs action (found or managed): the case's headline is then the underlying cause.
   *
   * @return true while found or managed
   */
  public boolean open() {
    return this == FOUND || this == MANAGED;
  }
}
