package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why a trial is stopped before it is concluded. */
@API(status = EXPERIMENTAL)
public enum StopReason {
  /** Intolerable adverse effects: a failed trial at any point (reference PIT-09). */
  INTOLERABLE_EFFECTS,
  /** Anything else (lack of effect before target, patient choice): not an adequate trial. */
  OTHER
}
