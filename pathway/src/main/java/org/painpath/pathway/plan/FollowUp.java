package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * See the patient again on {@code on}, for {@code purpose}.
 *
 * @param on the day to see the patient
 * @param purpose what the visit is for
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("follow-up")
@API(status = EXPERIMENTAL)
public record FollowUp(LocalDate on, String purpose, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param on the day to see the patient
   * @param purpose what the visit is for
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public FollowUp {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
