package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** When a Beers entry applies to an older adult. */
@API(status = EXPERIMENTAL)
public enum BeersCondition {
  /** Always from age 65. */
  ALWAYS,
  /** Only with a history of falls or fractures (antiepileptics, PGB-08). */
  FALLS_HISTORY
}
