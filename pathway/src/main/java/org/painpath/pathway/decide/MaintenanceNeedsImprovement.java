package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.pathway.state.TrialStatus;

/**
 * Maintenance follows a documented improvement: a trial concluded as a response, a cause whose
 * treatment resolved the pain, or statin symptoms resolved (OUT-15, OUT-02). Not twice.
 */
final class MaintenanceNeedsImprovement implements Guard {

  private final PathwayPolicy policy;

  MaintenanceNeedsImprovement(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "maintenance-needs-improvement";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof EnterMaintenance)) {
      return Reasons.none();
    }
    if (state.maintenance() != null) {
      return Reasons.one(
          Reasons.blocking("already-in-maintenance", policy.rule("known-subject"), "the case is already in maintenance"));
    }
    boolean responded = state.trials().stream().anyMatch(t -> t.status() == TrialStatus.CONTINUING);
    boolean causeResolved = state.causes().stream().anyMatch(c -> c.status() == CauseStatus.RESOLVED);
    StatinStatus statin = state.statin().status();
    boolean statinSettled = statin == StatinStatus.TOLERATED || statin == StatinStatus.RESOLVED;
    if (responded || causeResolved || statinSettled) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("no-documented-improvement", policy.rule("maintenance-needs-improvement"), "no improvement is documented")
            .value("respondingTrial", false)
            .value("resolvedCause", false)
            .value("statinStatus", statin));
  }
}
