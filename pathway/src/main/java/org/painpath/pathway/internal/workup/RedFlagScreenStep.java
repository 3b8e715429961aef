package org.painpath.pathway.internal.workup;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ScreenRedFlags;
import java.time.LocalDate;
import java.util.List;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/** A case that has not been screened for red flags is screened first. */
public final class RedFlagScreenStep implements Advisor {

  private final PathwayRule rule;

  public RedFlagScreenStep(PathwayRule rule) {
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
