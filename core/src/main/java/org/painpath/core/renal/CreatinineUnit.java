package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/** The two units laboratories report serum creatinine in. */
@API(status = STABLE)
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

  /** Reads {@code mg/dL} or {@code umol/L} (also {@code µmol/L} and the constant names); problems name {@code unit}. */
  @JsonCreator
  public static CreatinineUnit parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("unit", "required", "is required (mg/dL or umol/L)");
    }
    String t = text.trim();
    for (CreatinineUnit u : values()) {
      if (u.ucum.equalsIgnoreCase(t) || u.name().equalsIgnoreCase(t)) {
        return u;
      }
    }
    if (t.equalsIgnoreCase("µmol/L") || t.equalsIgnoreCase("μmol/L")) {
      return MICROMOL_PER_L;
    }
    throw InvalidInputException.of(
        "unit", "unknown-unit", "\"" + text + "\" is not a creatinine unit; use mg/dL or umol/L");
  }
}
