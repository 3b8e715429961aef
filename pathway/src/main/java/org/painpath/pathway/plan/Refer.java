package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.apiguardian.api.API;

/**
 * Refer to {@code to}; {@code urgent} for same-day or emergency assessment.
 *
 * @param to the specialty to refer to
 * @param urgent whether for same-day or emergency assessment
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("refer")
@API(status = EXPERIMENTAL)
public record Refer(Specialty to, boolean urgent, String rationale, List<Citation> citations) implements Recommendation {

  /**
   * Validates the components.
   *
   * @param to the specialty to refer to
   * @param urgent whether for same-day or emergency assessment
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public Refer {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
