package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.PlannedStep;

/** Taper {@code drug} off on this schedule (pharmacology's). */
@JsonTypeName("taper-drug")
public record TaperDrug(String drug, List<PlannedStep> schedule, String rationale, List<Citation> citations)
    implements Recommendation {

  public TaperDrug {
    schedule = List.copyOf(schedule);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
