package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/** Treat the cause found, or refer it to {@code referTo}. */
@JsonTypeName("manage-cause")
@API(status = EXPERIMENTAL)
public record ManageCause(UnderlyingCause cause, Specialty referTo, String rationale, List<Citation> citations)
    implements Recommendation {

  public ManageCause {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
