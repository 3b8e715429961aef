package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a unit measures; quantities of different dimensions are never compared or added. */
@API(status = STABLE)
public enum Dimension {
  MASS,
  VOLUME,
  MASS_CONCENTRATION,
  FRACTION,
  COUNT_OF_PATCHES,
  COUNT_OF_TABLETS,
  MASS_RATE,
  LENGTH
}
