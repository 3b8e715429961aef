package org.painpath.pathway.command;

/** Why a trial is stopped before it is concluded. */
public enum StopReason {
  /** Intolerable adverse effects: a failed trial at any point (reference PIT-09). */
  INTOLERABLE_EFFECTS,
  /** Anything else (lack of effect before target, patient choice): not an adequate trial. */
  OTHER
}
