package org.painpath.core.patient;

/** Sex as the renal equations use it (Cockcroft-Gault and CKD-EPI take sex, not gender). */
public enum Sex {
  F,
  M;

  public boolean isFemale() {
    return this == F;
  }
}
