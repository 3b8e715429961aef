package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Which body weight enters Cockcroft-Gault. The caller chooses; ACTUAL is the default because it is
 * what most patients' labels were studied with, ADJUSTED is the usual choice in obesity (reference
 * EQ-04). IDEAL and ADJUSTED need the patient's height.
 */
@API(status = STABLE)
public enum WeightBasis {
  /** The measured body weight (the default). */
  ACTUAL,
  /** Devine ideal body weight from height and sex. */
  IDEAL,
  /** Adjusted body weight, IBW + 0.4 × (actual − IBW) (EQ-04): the usual choice in obesity. */
  ADJUSTED
}
