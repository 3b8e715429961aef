package org.painpath.pathway.state;

/** Where an underlying cause stands. */
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
