package org.painpath.pathway.event;

/** Who a case, or one question of it, is handed to. */
public enum Specialty {
  ENDOCRINOLOGY,
  NEPHROLOGY,
  HEPATOLOGY,
  RHEUMATOLOGY,
  NEUROMUSCULAR,
  MULTIDISCIPLINARY_PAIN_REHABILITATION,
  /** Same-day or emergency assessment: red flags, rhabdomyolysis, self-harm risk. */
  URGENT_CARE
}
