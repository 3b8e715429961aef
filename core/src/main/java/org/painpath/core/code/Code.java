package org.painpath.core.code;

import static org.apiguardian.api.API.Status.STABLE;

import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A coded concept: system, code and the display text a clinician reads. Two codes are the same
 * concept when system and code match; the display is carried for people, not compared.
 *
 * @param system the terminology the code belongs to
 * @param code the code in that terminology, e.g. RxNorm {@code 25480}; not blank, no surrounding spaces
 * @param display the text a clinician reads; carried, never compared
 */
@API(status = STABLE)
public record Code(CodeSystem system, String code, String display) {

  /**
   * Validates every component.
   *
   * @param system the terminology
   * @param code the code, not blank
   * @param display the text a clinician reads
   * @throws org.painpath.core.problem.InvalidInputException naming each missing or blank component
   */
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

  /**
   * A medication concept in RxNorm (ingredient, clinical drug or brand).
   *
   * @param code the RxCUI, e.g. {@code 25480} for gabapentin
   * @param display the drug's name as a clinician reads it
   * @return the code
   */
  public static Code rxNorm(String code, String display) {
    return new Code(CodeSystem.RXNORM, code, display);
  }

  /**
   * A clinical finding, disorder or procedure in SNOMED CT.
   *
   * @param code the SCTID
   * @param display the concept's description
   * @return the code
   */
  public static Code snomed(String code, String display) {
    return new Code(CodeSystem.SNOMED_CT, code, display);
  }

  /**
   * A laboratory test or observation in LOINC.
   *
   * @param code the LOINC number, e.g. {@code 2160-0} for serum creatinine
   * @param display the test's name
   * @return the code
   */
  public static Code loinc(String code, String display) {
    return new Code(CodeSystem.LOINC, code, display);
  }

  /**
   * A diagnosis in ICD-10-CM.
   *
   * @param code the ICD-10-CM code
   * @param display the diagnosis
   * @return the code
   */
  public static Code icd10cm(String code, String display) {
    return new Code(CodeSystem.ICD_10_CM, code, display);
  }

  /**
   * Same concept: same system and code, whatever the display says.
   *
   * @param other the code to compare with
   * @return true when both name the same concept
   */
  public boolean sameConceptAs(Code other) {
    return system == other.system && code.equals(other.code);
  }

  @Override
  public String toString() {
    return system.label() + " " + code + " (" + display + ")";
  }
}
