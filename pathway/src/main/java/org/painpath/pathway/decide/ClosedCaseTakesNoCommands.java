package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** Nothing more happens on the pathway after discharge or urgent referral (PW-03). */
final class ClosedCaseTakesNoCommands implements Guard {

  private final PathwayPolicy policy;

  ClosedCaseTakesNoCommands(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "closed-case-takes-no-commands";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!state.phase().isClosed()) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("case-closed", policy.rule("closed-case"), "the case is closed")
            .value("phase", state.phase())
            .value("command", CommandNames.of(command)));
  }
}
