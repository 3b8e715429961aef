package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.AssessOutcome;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.painpath.evaluation.followup.FollowUpPlan;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.PainMeasures;
import org.painpath.pathway.state.TrialStatus;

/**
 * Validated measures at the points the pathway judges on (OUT-14): a baseline (pain, function and the
 * psychosocial screen) before anything else, and the end of each adequate trial, which is what lets
 * the trial be concluded.
 */
public final class MeasuresStep implements Advisor {

  private final PathwayRule monitoring;
  private final PathwayRule adequateTrial;

  public MeasuresStep(PathwayRule monitoring, PathwayRule adequateTrial) {
    this.monitoring = monitoring;
    this.adequateTrial = adequateTrial;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    boolean painMeasured = state.outcomes().stream().anyMatch(o -> PainMeasures.isPainMeasure(o.instrument()));
    if (!painMeasured) {
      steps.add(
          new AssessOutcome(
              names(FollowUpPlan.fullSet(false)),
              asOf,
              "baseline before treatment: pain, function and the psychosocial screen",
              monitoring.statement(),
              monitoring.citations()));
    }
    for (DrugTrial trial : state.trials()) {
      LocalDate from = trial.adequateFrom();
      OutcomeMeasured baseline = trial.baseline();
      if (trial.status() != TrialStatus.ACTIVE || from == null || baseline == null || !TrialConditions.adequate(trial).holds(state, asOf)) {
        continue;
      }
      boolean measured = TrialConditions.endOfTrialMeasured(trial, baseline.instrument()).holds(state, asOf);
      steps.add(
          new AssessOutcome(
              names(FollowUpPlan.fullSet(false)),
              from,
              measured
                  ? "the trial of " + trial.drug() + " is adequate and measured: conclude it (responder or failed)"
                  : "end of the adequate trial of " + trial.drug() + ": measure " + baseline.instrument()
                      + " and the full set, then conclude the trial",
              adequateTrial.statement(),
              Cite.all(adequateTrial.citations(), monitoring.citations())));
    }
    return steps;
  }

  private static List<String> names(Set<Instrument> instruments) {
    return instruments.stream().sorted().map(Instrument::name).toList();
  }
}
