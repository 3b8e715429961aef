package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReviewDates;
import org.painpath.pathway.state.TrialStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.evaluation.followup.FollowUpPlan;
import org.painpath.evaluation.followup.ScheduledReview;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.PainMeasures;

/**
 * Regular follow-up with validated measures (reference OUT-14, evaluation's plan): a review 2-4
 * weeks after each drug start or dose step not yet reviewed, and in maintenance the full
 * reassessment 3 months on.
 */
public final class FollowUpStep implements Advisor {

  private final PathwayRule monitoring;

  public FollowUpStep(PathwayRule monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (trial.status() != org.painpath.pathway.state.TrialStatus.ACTIVE) {
        continue;
      }
      LocalDate changed = trial.lastDoseChangeOn();
      ScheduledReview review = ReviewDates.afterChange(changed);
      boolean reviewed =
          state.outcomes().stream()
              .anyMatch(o -> PainMeasures.isPainMeasure(o.instrument()) && !o.date().isBefore(review.earliest()));
      if (!reviewed) {
        steps.add(
            new FollowUp(
                ReviewDates.proposed(review, asOf),
                "review by " + review.latest() + " after the start or dose step of " + trial.drug() + " on " + changed
                    + ": measure PEG and NRS",
                monitoring.statement(),
                Cite.all(monitoring.citations(), review.citations())));
      }
    }
    MaintenanceEntered maintenance = state.maintenance();
    if (maintenance != null) {
      ScheduledReview last =
          FollowUpPlan.recommend(maintenance.date(), List.of(), List.of(), false).reviews().stream()
              .reduce((a, b) -> b)
              .orElseThrow();
      steps.add(
          new FollowUp(
              ReviewDates.proposed(last, asOf),
              "maintenance: " + last.reason(),
              monitoring.statement(),
              Cite.all(monitoring.citations(), last.citations())));
    }
    return steps;
  }
}
