package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/**
 * Taper {@code drug} off on this schedule (pharmacology's).
 *
 * @param drug the drug, by its pack name
 * @param schedule pharmacology's taper schedule
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("taper-drug")
@API(status = EXPERIMENTAL)
public record TaperDrug(String drug, List<PlannedStep> schedule, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param drug the drug, by its pack name
   * @param schedule pharmacology's taper schedule
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public TaperDrug {
    schedule = List.copyOf(schedule);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
