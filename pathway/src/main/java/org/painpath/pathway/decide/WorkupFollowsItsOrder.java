package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.WorkupStatus;

/** The work-up is ordered once, interpreted only when ordered, skipped only while unsettled (PW-06). */
final class WorkupFollowsItsOrder implements Guard {

  private final PathwayPolicy policy;

  WorkupFollowsItsOrder(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "workup-follows-its-order";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    WorkupStatus status = state.evaluation().status();
    boolean allowed;
    if (command instanceof OrderWorkup) {
      allowed = status == WorkupStatus.NOT_STARTED;
    } else if (command instanceof RecordWorkupResults) {
      allowed = status == WorkupStatus.ORDERED;
    } else if (command instanceof SkipWorkup) {
      allowed = !status.isSettled();
    } else {
      return Reasons.none();
    }
    if (allowed) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("workup-out-of-order", policy.rule("workup-before-results"), "the work-up cannot take this step now")
            .value("workup", status)
            .value("command", CommandNames.of(command)));
  }
}
