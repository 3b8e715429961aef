package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Who a case, or one question of it, is handed to. */
@API(status = EXPERIMENTAL)
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
