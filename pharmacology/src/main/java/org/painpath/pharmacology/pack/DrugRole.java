package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Why a drug is in the pack. */
@API(status = EXPERIMENTAL)
public enum DrugRole {
  /** A drug the pathway may trial: limits, titration and checks. */
  PATHWAY,
  /** Present only to be detected, checked for interactions and (opioids) counted in MME; never recommended. */
  DETECT_ONLY
}
