package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/** Take the next titration step of an active trial on {@code due}, if tolerated. */
@JsonTypeName("titrate-drug")
@API(status = EXPERIMENTAL)
public record TitrateDrug(String drug, PlannedStep nextStep, LocalDate due, String rationale, List<Citation> citations)
    implements Recommendation {

  public TitrateDrug {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
