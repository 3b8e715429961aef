package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** AGS Beers 2023 recommendation for adults aged 65 and over. */
@API(status = EXPERIMENTAL)
public enum BeersStatus {
  /** "Avoid" (a MAJOR finding). */
  AVOID,
  /** "Use with caution" (a MODERATE finding). */
  USE_WITH_CAUTION
}
