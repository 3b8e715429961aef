package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/**
 * Take the next titration step of an active trial on {@code due}, if tolerated.
 *
 * @param drug the trial's drug, by its pack name
 * @param nextStep the next planned step
 * @param due the first day the step may be taken
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("titrate-drug")
@API(status = EXPERIMENTAL)
public record TitrateDrug(String drug, PlannedStep nextStep, LocalDate due, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param drug the trial's drug, by its pack name
   * @param nextStep the next planned step
   * @param due the first day the step may be taken
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public TitrateDrug {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
