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
  RXNORM("RxNorm", "http://www.nlm.nih.gov/research/umls/rxnorm"),
  SNOMED_CT("SNOMED CT", "http://snomed.info/sct"),
  LOINC("LOINC", "http://loinc.org"),
  ICD_10_CM("ICD-10-CM", "http://hl7.org/fhir/sid/icd-10-cm"),
  UCUM("UCUM", "http://unitsofmeasure.org");

  private final String label;
  private final String uri;

  CodeSystem(String label, String uri) {
    this.label = label;
    this.uri = uri;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public String uri() {
    return uri;
  }

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
