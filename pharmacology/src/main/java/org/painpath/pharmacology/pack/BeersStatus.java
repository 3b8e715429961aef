package org.painpath.pharmacology.pack;

/** AGS Beers 2023 recommendation for adults aged 65 and over. */
public enum BeersStatus {
  /** "Avoid" (a MAJOR finding). */
  AVOID,
  /** "Use with caution" (a MODERATE finding). */
  USE_WITH_CAUTION
}
