package org.painpath.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/** A case that has not been screened for red flags is screened first. */
final class RedFlagScreenStep implements NextStep {

  private final PathwayRule rule;

  RedFlagScreenStep(PathwayRule rule) {
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    if (state.redFlags() != null) {
      return List.of();
    }
    return List.of(
        new ScreenRedFlags(
            "Screen for red flags before anything else (giant cell arteritis, malignancy, infection, cord compression,"
                + " fracture, unrelenting night pain, myopathy, rhabdomyolysis): " + rule.statement(),
            rule.citations()));
  }
}
