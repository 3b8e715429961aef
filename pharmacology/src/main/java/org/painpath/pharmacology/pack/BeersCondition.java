package org.painpath.pharmacology.pack;

/** When a Beers entry applies to an older adult. */
public enum BeersCondition {
  /** Always from age 65. */
  ALWAYS,
  /** Only with a history of falls or fractures (antiepileptics, PGB-08). */
  FALLS_HISTORY
}
