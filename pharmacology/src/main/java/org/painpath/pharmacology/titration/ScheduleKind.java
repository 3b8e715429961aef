package org.painpath.pharmacology.titration;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a schedule goes up to a target or down to stopping. */
@API(status = STABLE)
public enum ScheduleKind {
  /** Up from a start dose to a target. */
  TITRATION,
  /** Down from the current dose to stopping. */
  TAPER
}
