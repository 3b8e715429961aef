package org.painpath.core.renal;

/**
 * Which body weight enters Cockcroft-Gault. The caller chooses; ACTUAL is the default because it is
 * what most patients' labels were studied with, ADJUSTED is the usual choice in obesity (reference
 * EQ-04). IDEAL and ADJUSTED need the patient's height.
 */
public enum WeightBasis {
  /** The measured body weight (the default). */
  ACTUAL,
  /** Devine ideal body weight from height and sex. */
  IDEAL,
  /** Adjusted body weight, IBW + 0.4 × (actual − IBW) (EQ-04): the usual choice in obesity. */
  ADJUSTED
}
