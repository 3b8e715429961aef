package org.painpath.core.code;

import static org.apiguardian.api.API.Status.STABLE;

import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A coded concept: system, code and the display text a clinician reads. Two codes are the same
 * concept when system and code match; the display is carried for people, not compared.
 */
@API(status = STABLE)
public record Code(CodeSystem system, String code, String display) {

  public Code {
    Problems.Collector problems = Problems.collector();
    problems.check(system != null, "system", "required", "is required (RxNorm, SNOMED CT, LOINC, ICD-10-CM or UCUM)");
    if (problems.check(code != null, "code", "required", "is required")) {
      problems.check(!code.isBlank(), "code", "blank", "a code must not be blank");
      problems.check(code.equals(code.strip()), "code", "whitespace", "a code must not start or end with spaces");
    }
    problems.check(display != null, "display", "required", "is required (the text a clinician reads)");
    problems.throwIfAny();
  }

  public static Code rxNorm(String code, String display) {
    return new Code(CodeSystem.RXNORM, code, display);
  }

  public static Code snomed(String code, String display) {
    return new Code(CodeSystem.SNOMED_CT, code, display);
  }

  public static Code loinc(String code, String display) {
    return new Code(CodeSystem.LOINC, code, display);
  }

  public static Code icd10cm(String code, String display) {
    return new Code(CodeSystem.ICD_10_CM, code, display);
  }

  /** Same concept: same system and code, whatever the display says. */
  public boolean sameConceptAs(Code other) {
    return system == other.system && code.equals(other.code);
  }

  @Override
  public String toString() {
    return system.label() + " " + code + " (" + display + ")";
  }
}
