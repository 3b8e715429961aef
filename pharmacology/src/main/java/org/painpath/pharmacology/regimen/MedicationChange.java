package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a proposed regimen does to one ingredient and route the patient may already take, compared with
 * the patient's current medications (daily totals of the same ingredient and route): the one definition
 * every module uses (the regimen check classifies each ingredient and route). The opioid rules rest on it (PIT-01: the SDK
 * never starts or escalates an opioid; MME-13: a continued or reduced one is never refused outright).
 */
@API(status = STABLE)
public enum MedicationChange {
  /** Not among the patient's current medications (a stopped statement is not current). */
  NEW,
  /** Taken now, and on some day the regimen gives more than the current daily total. */
  INCREASED,
  /** Taken now, and the regimen's heaviest day gives the current daily total. */
  CONTINUED,
  /** Taken now, and the regimen's heaviest day gives less than the current daily total. */
  REDUCED,
  /** Taken now, and the caller proposes none of it. */
  STOPPED
}
