package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a unit measures; quantities of different dimensions are never compared or added. */
@API(status = STABLE)
public enum Dimension {
  /** Mass: mcg, mg, g, kg. */
  MASS,
  /** Volume: mL, L. */
  VOLUME,
  /** Mass per volume, e.g. an oral solution's mg/mL. */
  MASS_CONCENTRATION,
  /** A fraction in percent, e.g. a gel's or a patch's strength. */
  FRACTION,
  /** A number of patches (lidocaine 5 % patches are limited by count, LID-01). */
  COUNT_OF_PATCHES,
  /** A number of tablets. */
  COUNT_OF_TABLETS,
  /** Mass per hour, e.g. a transdermal opioid patch's mcg/h. */
  MASS_RATE,
  /** Length, e.g. a height in cm. */
  LENGTH
}
