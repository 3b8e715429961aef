package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/**
 * Treat the cause found, or refer it to {@code referTo}.
 *
 * @param cause the underlying cause found
 * @param referTo the specialty to refer to when it is not managed in primary care
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("manage-cause")
@API(status = EXPERIMENTAL)
public record ManageCause(UnderlyingCause cause, Specialty referTo, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param cause the underlying cause found
   * @param referTo the specialty to refer to when it is not managed in primary care
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public ManageCause {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
