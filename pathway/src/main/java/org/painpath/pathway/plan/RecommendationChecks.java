package org.painpath.pathway.plan;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;

/** What every recommendation must have: a rationale in words and at least one citation. */
final class RecommendationChecks {

  private RecommendationChecks() {}

  static List<Citation> cited(String rationale, List<Citation> citations) {
    Problems.Collector problems = Problems.collector();
    problems.check(!rationale.isBlank(), "rationale", "blank", "a recommendation says why");
    problems.check(!citations.isEmpty(), "citations", "uncited", "a recommendation needs at least one citation");
    problems.throwIfAny();
    return List.copyOf(citations);
  }
}
