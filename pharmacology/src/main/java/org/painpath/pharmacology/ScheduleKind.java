package org.painpath.pharmacology;

/** Whether a schedule goes up to a target or down to stopping. */
public enum ScheduleKind {
  /** Up from a start dose to a target. */
  TITRATION,
  /** Down from the current dose to stopping. */
  TAPER
}
