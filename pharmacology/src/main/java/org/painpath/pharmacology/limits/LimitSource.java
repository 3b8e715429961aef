package org.painpath.pharmacology.limits;

/** What set a patient's maximum daily dose: it decides which finding code an excess gets. */
public enum LimitSource {
  LABEL,
  INDICATION,
  RENAL,
  HEPATIC,
  AGE,
  INSTITUTION_POLICY
}
