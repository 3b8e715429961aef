package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.intervention.Modality;

/** Start a non-drug treatment from the catalogue. */
@JsonTypeName("start-intervention")
public record StartIntervention(
    String intervention, String name, Modality modality, String rationale, List<Citation> citations)
    implements Recommendation {

  public StartIntervention {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
