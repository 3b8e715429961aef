package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/**
 * Drugs wait for the diagnostic evaluation: its results interpreted, or the reason for skipping it
 * recorded (PW-05, SAMS-03). Escalating first would treat as primary pain what may be hypothyroidism,
 * PMR or a statin.
 */
final class EscalationFollowsEvaluation implements Guard {

  private final PathwayPolicy policy;

  EscalationFollowsEvaluation(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "escalation-follows-evaluation";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof StartDrugTrial) || state.evaluation().isSettled()) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking(
                "evaluation-not-complete",
                policy.rule("evaluation-before-escalation"),
                "a drug trial cannot start before the diagnostic evaluation is interpreted or skipped with a reason")
            .about(((StartDrugTrial) command).drug())
            .value("workup", state.evaluation().status()));
  }
}
