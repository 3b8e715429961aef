package org.painpath.pharmacology.drug;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What the drug is being used for, where a label's ceiling depends on it (pregabalin: reference
 * PGB-01 to PGB-03 and section 8). Muscle pain is no label's indication, so the pathway classifies the
 * presentation by the label it most resembles.
 */
@API(status = STABLE)
public enum Indication {
  /** Painful neuropathy resembling diabetic peripheral neuropathy (pregabalin ceiling 300 mg/day). */
  DPN_LIKE,
  /** Widespread pain resembling fibromyalgia (pregabalin ceiling 450 mg/day). */
  FIBROMYALGIA_LIKE,
  /** Anything else: the drug's general ceiling applies. */
  OTHER
}
