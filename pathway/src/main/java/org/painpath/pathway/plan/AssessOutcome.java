package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/** Measure these validated instruments on or after {@code due} (baseline, end of a trial, review). */
@JsonTypeName("assess-outcome")
@API(status = EXPERIMENTAL)
public record AssessOutcome(
    List<String> instruments, LocalDate due, String purpose, String rationale, List<Citation> citations)
    implements Recommendation {

  public AssessOutcome {
    instruments = List.copyOf(instruments);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}
