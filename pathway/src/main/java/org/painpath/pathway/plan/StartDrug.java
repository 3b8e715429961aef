package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.PlannedStep;

/**
 * Start a trial of {@code drug} on this titration schedule (pharmacology's, for this patient). The
 * regimen with what the patient already takes was checked and not rejected; {@code warnings} are the
 * check's remaining findings.
 */
@JsonTypeName("start-drug")
public record StartDrug(
    String drug,
    String drugClass,
    List<PlannedStep> schedule,
    List<Finding> warnings,
    String rationale,
    List<Citation> citations)
    implements Recommendation {

  public StartDrug {
    schedule = List.copyOf(schedule);
    warnings = List.copyOf(warnings);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
