package org.painpath.examples.cli;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.StateSummary;

/** A plan as text: where the case stands, each next step with why and its citations, then the warnings. */
final class PlanText {

  private PlanText() {}

  static String of(StateSummary state, List<Recommendation> steps, List<Finding> warnings, String indent) {
    StringBuilder t = new StringBuilder();
    t.append(indent).append("Where the case stands on ").append(state.asOf()).append(": ").append(standing(state)).append('\n');
    if (steps.isEmpty()) {
      t.append(indent).append("Next steps: none.\n");
    } else {
      t.append(indent).append("Next steps:\n");
    }
    for (int i = 0; i < steps.size(); i++) {
      Recommendation r = steps.get(i);
      t.append(indent).append("  ").append(i + 1).append(". ").append(RecommendationText.headline(r)).append('\n');
      t.append(indent).append("     Why: ").append(r.rationale()).append('\n');
      t.append(indent).append("     Cited: ").append(Cites.inline(r.citations())).append('\n');
      if (r instanceof StartDrug start) {
        start.warnings().forEach(w -> t.append(FindingView.of(w).line(indent + "     ")).append('\n'));
      }
    }
    if (!warnings.isEmpty()) {
      t.append(indent).append("Warnings:\n");
      warnings.forEach(w -> t.append(FindingView.of(w).lineWithDrugs(indent + "  ")).append('\n'));
    }
    return t.toString();
  }

  private static String standing(StateSummary s) {
    StringBuilder t = new StringBuilder("phase ").append(RecommendationText.words(s.phase().name()));
    t.append("; work-up ").append(RecommendationText.words(s.workup().name()));
    t.append("; statin ").append(RecommendationText.words(s.statin().name()));
    if (!s.causes().isEmpty()) {
      t.append("; causes ").append(String.join(", ", s.causes()));
    }
    s.trials().forEach(tr -> t.append("; ").append(tr.drug()).append(' ').append(tr.dailyDose()).append(' ')
        .append(tr.status().toLowerCase(java.util.Locale.ROOT)).append(tr.outcome() == null ? "" : " (" + tr.outcome() + ")"));
    if (s.failedTrials() > 0) {
      t.append("; failed adequate trials ").append(s.failedTrials());
    }
    if (!s.runningInterventions().isEmpty()) {
      t.append("; interventions ").append(String.join(", ", s.runningInterventions()));
    }
    if (!s.psychosocialFlags().isEmpty()) {
      t.append("; psychosocial flags ").append(String.join(", ", s.psychosocialFlags()));
    }
    if (!s.opioids().isEmpty()) {
      t.append("; opioids ").append(String.join(", ", s.opioids()));
    }
    return t.toString();
  }
}
