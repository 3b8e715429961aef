package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** An intervention starts when not running and stops when running (PW-04). */
final class InterventionCommandsNeedTheIntervention implements Guard {

  private final PathwayPolicy policy;

  InterventionCommandsNeedTheIntervention(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "intervention-commands-need-the-intervention";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (command instanceof StartIntervention) {
      String id = ((StartIntervention) command).intervention();
      return state.runningIntervention(id).isEmpty() ? Reasons.none() : refuse(command, id, true);
    }
    if (command instanceof StopIntervention) {
      String id = ((StopIntervention) command).intervention();
      return state.runningIntervention(id).isPresent() ? Reasons.none() : refuse(command, id, false);
    }
    return Reasons.none();
  }

  private List<Finding> refuse(Command command, String id, boolean running) {
    return Reasons.one(
        Reasons.blocking(
                running ? "intervention-already-running" : "intervention-not-running",
                policy.rule("known-subject"),
                running ? "the intervention is already running" : "the intervention is not running")
            .about(id)
            .value("running", running)
            .value("command", CommandNames.of(command)));
  }
}
