package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where an underlying cause stands. */
@API(status = EXPERIMENTAL)
public enum CauseStatus {
  FOUND,
  MANAGED,
  RESOLVED,
  /** Managed and reviewed, but the pain persisted: treat the pain in its own right. */
  UNRESOLVED;

  public boolean open() {
    return this == FOUND || this == MANAGED;
  }
}
