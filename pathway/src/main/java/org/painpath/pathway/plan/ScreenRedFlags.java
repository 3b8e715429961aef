package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * Ask about red flags (giant cell arteritis, malignancy, infection, cord compression, fracture...).
 *
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("screen-red-flags")
@API(status = EXPERIMENTAL)
public record ScreenRedFlags(String rationale, List<Citation> citations) implements Recommendation {

  /**
   * Validates the components.
   *
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public ScreenRedFlags {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
