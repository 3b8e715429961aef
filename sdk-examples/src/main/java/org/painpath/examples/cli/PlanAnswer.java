package org.painpath.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.StateSummary;

/**
 * The answer of {@code plan}: where the case stands ({@code state}), the next steps in the order a
 * clinician acts on them (each with its {@code kind}, rationale and citations) and the pitfall
 * {@code warnings}, then the sources they cite.
 */
record PlanAnswer(
    StateSummary state, List<Recommendation> recommendations, List<Finding> warnings, List<SourceList.Entry> sources)
    implements Answer {

  static PlanAnswer of(Plan plan) {
    List<Citation> cited = new ArrayList<>();
    plan.recommendations().forEach(r -> cited.addAll(r.citations()));
    plan.warnings().forEach(w -> cited.addAll(w.citations()));
    return new PlanAnswer(plan.state(), plan.recommendations(), plan.warnings(), SourceList.of(cited));
  }

  @Override
  public String text() {
    return PlanText.of(state, recommendations, warnings, "") + SourceList.text(sources);
  }
}
