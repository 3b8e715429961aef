package org.painpath.pharmacology.pack;

/** Why a drug is in the pack. */
public enum DrugRole {
  /** A drug the pathway may trial: limits, titration and checks. */
  PATHWAY,
  /** Present only to be detected, checked for interactions and (opioids) counted in MME; never recommended. */
  DETECT_ONLY
}
