package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What set a patient's maximum daily dose: it decides which finding code an excess gets. */
@API(status = STABLE)
public enum LimitSource {
  /** The label's adult maximum. */
  LABEL,
  /** An indication's ceiling (pregabalin's per-indication maximum). */
  INDICATION,
  /** The renal band's maximum for the patient's creatinine clearance. */
  RENAL,
  /** The hepatic class's maximum. */
  HEPATIC,
  /** An older-adult or frailty maximum. */
  AGE,
  /** An institution's stricter formulary limit. */
  INSTITUTION_POLICY
}
