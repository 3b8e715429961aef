package org.painpath.pharmacology.drug;

/**
 * What the drug is being used for, where a label's ceiling depends on it (pregabalin: reference
 * PGB-01 to PGB-03 and section 8). Muscle pain is no label's indication, so the pathway classifies the
 * presentation by the label it most resembles.
 */
public enum Indication {
  /** Painful neuropathy resembling diabetic peripheral neuropathy (pregabalin ceiling 300 mg/day). */
  DPN_LIKE,
  /** Widespread pain resembling fibromyalgia (pregabalin ceiling 450 mg/day). */
  FIBROMYALGIA_LIKE,
  /** Anything else: the drug's general ceiling applies. */
  OTHER
}
