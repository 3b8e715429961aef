package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** Only a recorded opioid can be recorded as stopped (PW-04). */
final class OpioidStopNeedsARecord implements Guard {

  private final PathwayPolicy policy;

  OpioidStopNeedsARecord(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "opioid-stop-needs-a-record";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof StopOpioid)) {
      return Reasons.none();
    }
    String drug = ((StopOpioid) command).drug();
    if (state.opioids().stream().anyMatch(o -> o.drug().equals(drug))) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("opioid-not-recorded", policy.rule("known-subject"), "this opioid is not recorded as taken")
            .about(drug)
            .value("recorded", state.opioids().stream().map(o -> o.drug()).toList()));
  }
}
