package org.painpath.pharmacology.pack;

/** AGS Beers 2023 recommendation for adults aged 65 and over. */
public enum BeersStatus {
  AVOID,
  USE_WITH_CAUTION
}
