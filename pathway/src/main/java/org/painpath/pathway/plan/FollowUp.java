package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/** See the patient again on {@code on}, for {@code purpose}. */
@JsonTypeName("follow-up")
@API(status = EXPERIMENTAL)
public record FollowUp(LocalDate on, String purpose, String rationale, List<Citation> citations)
    implements Recommendation {

  public FollowUp {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
