package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Sex as the renal equations use it (Cockcroft-Gault and CKD-EPI take sex, not gender). */
@API(status = STABLE)
public enum Sex {
  F,
  M;

  public boolean isFemale() {
    return this == F;
  }
}
