package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What set a patient's maximum daily dose: it decides which finding code an excess gets. */
@API(status = STABLE)
public enum LimitSource {
  LABEL,
  INDICATION,
  RENAL,
  HEPATIC,
  AGE,
  INSTITUTION_POLICY
}
