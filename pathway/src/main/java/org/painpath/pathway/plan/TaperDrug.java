package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/** Taper {@code drug} off on this schedule (pharmacology's). */
@JsonTypeName("taper-drug")
@API(status = EXPERIMENTAL)
public record TaperDrug(String drug, List<PlannedStep> schedule, String rationale, List<Citation> citations)
    implements Recommendation {

  public TaperDrug {
    schedule = List.copyOf(schedule);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
