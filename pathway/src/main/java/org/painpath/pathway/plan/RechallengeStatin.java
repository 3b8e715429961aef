package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/**
 * Restart a statin now that symptoms resolved: {@code options} in words (same statin lower dose,
 * another statin at low dose, alternate-day dosing...).
 *
 * @param previousStatin the statin that was held
 * @param options the rechallenge options in words
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("rechallenge-statin")
@API(status = EXPERIMENTAL)
public record RechallengeStatin(Code previousStatin, List<String> options, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param previousStatin the statin that was held
   * @param options the rechallenge options in words
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public RechallengeStatin {
    options = List.copyOf(options);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
