package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;

/**
 * A trial is judged only at the end of an adequate trial (target held for the drug's minimum), on a
 * pre-trial baseline and a measure of the same instrument taken once the trial was adequate
 * (PIT-09). Judging earlier would call a trial failed that was never adequate.
 */
final class ConclusionNeedsAnAdequateTrial implements Guard {

  private final PathwayPolicy policy;

  ConclusionNeedsAnAdequateTrial(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "conclusion-needs-an-adequate-trial";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof ConcludeTrial)) {
      return Reasons.none();
    }
    Optional<DrugTrial> found = state.takenTrial(((ConcludeTrial) command).drug());
    if (found.isEmpty()) {
      return Reasons.none(); // trial-commands-need-the-trial reports it
    }
    DrugTrial trial = found.get();
    List<Finding> reasons = new ArrayList<>();
    if (!trial.isAdequateOn(command.date())) {
      reasons.add(
          Reasons.blocking("trial-not-adequate", policy.rule("adequate-trial"), "the trial is not adequate yet")
              .about(trial.drug())
              .value("targetDaily", trial.target())
              .value("targetReachedOn", Reasons.orNone(trial.targetReachedOn()))
              .value("minimumAdequateTrialDays", Reasons.orNone(trial.minimumAdequateTrialDays()))
              .value("adequateFrom", Reasons.orNone(trial.adequateFrom()))
              .value("date", command.date())
              .build());
    }
    OutcomeMeasured baseline = trial.baseline();
    if (baseline == null) {
      reasons.add(
          Reasons.blocking("no-pre-trial-baseline", policy.rule("adequate-trial"), "no PEG or NRS was measured before the trial")
              .about(trial.drug())
              .build());
    } else if (TrialMeasures.endOfTrialMeasure(state, trial, baseline.instrument()).isEmpty()) {
      reasons.add(
          Reasons.blocking(
                  "no-end-of-trial-measure",
                  policy.rule("adequate-trial"),
                  "measure " + baseline.instrument() + " again now that the trial is adequate")
              .about(trial.drug())
              .value("instrument", baseline.instrument())
              .value("adequateFrom", Reasons.orNone(trial.adequateFrom()))
              .build());
    }
    return reasons;
  }
}
