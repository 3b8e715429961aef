package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;

/**
 * A same-day safety assessment (OUT-08): the latest PHQ-9 answers item 9 (thoughts of self-harm) above 0.
 * It comes before every other step of a plan, whatever the PHQ-9 total.
 *
 * @param on the day to assess: the plan's date
 * @param phq9On the day of the PHQ-9 that endorsed item 9
 * @param item9 the answer to item 9 (1 to 3)
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("assess-safety")
@API(status = EXPERIMENTAL)
public record AssessSafety(LocalDate on, LocalDate phq9On, int item9, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param on the day to assess
   * @param phq9On the day of the PHQ-9
   * @param item9 the answer to item 9
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public AssessSafety {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
