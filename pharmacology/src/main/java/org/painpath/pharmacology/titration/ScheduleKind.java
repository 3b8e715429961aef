package org.painpath.pharmacology.titration;

/** Whether a schedule goes up to a target or down to stopping. */
public enum ScheduleKind {
  TITRATION,
  TAPER
}
