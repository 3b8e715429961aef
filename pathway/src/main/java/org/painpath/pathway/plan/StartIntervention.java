package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.intervention.Modality;
import org.apiguardian.api.API;

/**
 * Start a non-drug treatment from the catalogue.
 *
 * @param intervention the intervention's catalogue id
 * @param name its name as a clinician reads it
 * @param modality active or passive
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("start-intervention")
@API(status = EXPERIMENTAL)
public record StartIntervention(
    String intervention, String name, Modality modality, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param intervention the intervention's catalogue id
   * @param name its name as a clinician reads it
   * @param modality active or passive
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public StartIntervention {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
