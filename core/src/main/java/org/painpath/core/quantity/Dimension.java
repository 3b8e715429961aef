package org.painpath.core.quantity;

/** What a unit measures; quantities of different dimensions are never compared or added. */
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
