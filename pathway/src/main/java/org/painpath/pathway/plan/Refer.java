package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.Specialty;
import org.apiguardian.api.API;

/** Refer to {@code to}; {@code urgent} for same-day or emergency assessment. */
@JsonTypeName("refer")
@API(status = EXPERIMENTAL)
public record Refer(Specialty to, boolean urgent, String rationale, List<Citation> citations) implements Recommendation {

  public Refer {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
