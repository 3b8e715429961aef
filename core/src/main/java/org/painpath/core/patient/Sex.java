package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Sex as the renal equations use it (Cockcroft-Gault and CKD-EPI take sex, not gender). */
@API(status = STABLE)
public enum Sex {
  /** Female: Cockcroft-Gault × 0.85 (EQ-01), CKD-EPI female constants (EQ-02). */
  F,
  /** Male. */
  M;

  /**
   * Whether the female factors of the renal equations apply.
   *
   * @return true for {@link #F}
   */
  public boolean isFemale() {
    return this == F;
  }
}
