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
  /** Milligrams per decilitre (US labs); the unit the equations use. */
  MG_PER_DL("mg/dL"),
  /** Micromoles per litre (SI labs); divided by 88.4 for the equations (EQ-04). */
  MICROMOL_PER_L("umol/L");

  private final String ucum;

  CreatinineUnit(String ucum) {
    this.ucum = ucum;
  }

  /**
   * The UCUM code, {@code mg/dL} or {@code umol/L}; also the JSON form.
   *
   * @return the UCUM code
   */
  @JsonValue
  public String ucum() {
    return ucum;
  }

  /**
   * Reads {@code mg/dL} or {@code umol/L} (also {@code µmol/L} and the constant names); problems name
   * {@code unit}.
   *
   * @param text the unit's text
   * @return the unit
   * @throws org.painpath.core.problem.InvalidInputException naming {@code unit} when missing or unknown
   */
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
