package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * Stop {@code drug}, whose trial ended, as its label directs: the reference gives no taper schedule for
 * it, so none is proposed (an empty schedule would read as "stop at once"). The rationale says so and how
 * to record the stop.
 *
 * @param drug the drug, by its pack name
 * @param rationale why, and that no schedule is given, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("stop-drug")
@API(status = EXPERIMENTAL)
public record StopDrug(String drug, String rationale, List<Citation> citations) implements Recommendation {

  /**
   * Validates the components.
   *
   * @param drug the drug, by its pack name
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public StopDrug {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
