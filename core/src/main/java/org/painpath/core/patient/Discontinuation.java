package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a medication was (or is planned to be) stopped. Some contraindications turn on it: bupropion after
 * the abrupt discontinuation of a benzodiazepine, barbiturate or antiepileptic (BUP-05); a stop after a
 * completed taper is not abrupt.
 */
@API(status = EXPERIMENTAL)
public enum Discontinuation {
  /** Stopped after a completed taper (gradual dose reduction). */
  TAPERED,
  /** Stopped at once, without a taper. */
  ABRUPT
}
