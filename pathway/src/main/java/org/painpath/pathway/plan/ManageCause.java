package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;

/** Treat the cause found, or refer it to {@code referTo}. */
@JsonTypeName("manage-cause")
public record ManageCause(UnderlyingCause cause, Specialty referTo, String rationale, List<Citation> citations)
    implements Recommendation {

  public ManageCause {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
