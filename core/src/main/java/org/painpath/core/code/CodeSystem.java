package org.painpath.core.code;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/** The terminologies painpath speaks, each with its FHIR system URI. */
@API(status = STABLE)
public enum CodeSystem {
  /** RxNorm (US National Library of Medicine): medications. */
  RXNORM("RxNorm", "http://www.nlm.nih.gov/research/umls/rxnorm"),
  /**
   * SNOMED CT: clinical findings, disorders and procedures (its codes need a SNOMED CT licence; see NOTICE).
   */
  SNOMED_CT("SNOMED CT", "http://snomed.info/sct"),
  /** LOINC: laboratory tests and observations. */
  LOINC("LOINC", "http://loinc.org"),
  /** ICD-10-CM: diagnoses. */
  ICD_10_CM("ICD-10-CM", "http://hl7.org/fhir/sid/icd-10-cm"),
  /** UCUM: units of measure. */
  UCUM("UCUM", "http://unitsofmeasure.org");

  private final String label;
  private final String uri;

  CodeSystem(String label, String uri) {
    this.label = label;
    this.uri = uri;
  }

  /**
   * The terminology's usual name, e.g. {@code SNOMED CT}; also its JSON form.
   *
   * @return the label
   */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The FHIR system URI, e.g. {@code http://snomed.info/sct}, for writing a FHIR {@code Coding}.
   *
   * @return the system URI
   */
  public String uri() {
    return uri;
  }

  /**
   * Reads a code system from its label, its FHIR URI or its constant name (labels and names ignoring case).
   *
   * @param text the label, URI or name
   * @return the code system
   * @throws org.painpath.core.problem.InvalidInputException when the text is missing or names no supported
   *     terminology
   */
  @JsonCreator
  public static CodeSystem parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("system", "required", "is required");
    }
    for (CodeSystem s : values()) {
      if (s.label.equalsIgnoreCase(text) || s.uri.equals(text) || s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw InvalidInputException.of(
        "system", "unknown-code-system", "\"" + text + "\" is not one of RxNorm, SNOMED CT, LOINC, ICD-10-CM, UCUM");
  }
}
