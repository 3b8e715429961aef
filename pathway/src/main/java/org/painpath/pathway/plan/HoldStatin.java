package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/**
 * Keep the statin stopped, and review the symptoms on {@code reviewOn}.
 *
 * @param statin the statin that is held, coded in RxNorm
 * @param reviewOn the day to review the symptoms
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("hold-statin")
@API(status = EXPERIMENTAL)
public record HoldStatin(Code statin, LocalDate reviewOn, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param statin the statin that is held, coded in RxNorm
   * @param reviewOn the day to review the symptoms
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public HoldStatin {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
