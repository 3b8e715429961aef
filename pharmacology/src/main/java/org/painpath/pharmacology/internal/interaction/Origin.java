package org.painpath.pharmacology.internal.interaction;

/** Where a drug in an interaction check comes from. */
public enum Origin {
  /** The regimen being checked. */
  REGIMEN,
  /** A medication the patient currently takes outside the regimen. */
  CURRENT_MEDICATION
}
