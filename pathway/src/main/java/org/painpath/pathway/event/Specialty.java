package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Who a case, or one question of it, is handed to. */
@API(status = EXPERIMENTAL)
public enum Specialty {
  /** Endocrinology: hypothyroidism, vitamin D deficiency. */
  ENDOCRINOLOGY,
  /** Nephrology: renal impairment. */
  NEPHROLOGY,
  /** Hepatology: hepatic impairment. */
  HEPATOLOGY,
  /** Rheumatology: polymyalgia rheumatica. */
  RHEUMATOLOGY,
  /** Neuromuscular medicine: primary muscle disease, statin-associated autoimmune myopathy. */
  NEUROMUSCULAR,
  /** Multidisciplinary biopsychosocial pain rehabilitation. */
  MULTIDISCIPLINARY_PAIN_REHABILITATION,
  /** Same-day or emergency assessment: red flags, rhabdomyolysis, self-harm risk. */
  URGENT_CARE
}
