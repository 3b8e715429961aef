package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.intervention.Modality;
import org.apiguardian.api.API;

/** Start a non-drug treatment from the catalogue. */
@JsonTypeName("start-intervention")
@API(status = EXPERIMENTAL)
public record StartIntervention(
    String intervention, String name, Modality modality, String rationale, List<Citation> citations)
    implements Recommendation {

  public StartIntervention {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
