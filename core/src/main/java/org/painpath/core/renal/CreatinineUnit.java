package org.painpath.core.renal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.painpath.core.problem.InvalidInputException;

/** The two units laboratories report serum creatinine in. */
public enum CreatinineUnit {
  MG_PER_DL("mg/dL"),
  MICROMOL_PER_L("umol/L");

  private final String ucum;

  CreatinineUnit(String ucum) {
    this.ucum = ucum;
  }

  @JsonValue
  public String ucum() {
    return ucum;
  }

  @JsonCreator
  public static CreatinineUnit parse(String text) {
    for (CreatinineUnit u : values()) {
      if (u.ucum.equalsIgnoreCase(text.trim()) || u.name().equalsIgnoreCase(text.trim())) {
        return u;
      }
    }
    if (text.trim().equalsIgnoreCase("µmol/L") || text.trim().equalsIgnoreCase("μmol/L")) {
      return MICROMOL_PER_L;
    }
    throw InvalidInputException.of(
        "serumCreatinine.unit", "unknown-unit", "\"" + text + "\" is not a creatinine unit; use mg/dL or umol/L");
  }
}
