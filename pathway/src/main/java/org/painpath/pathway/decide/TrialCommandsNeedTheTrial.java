package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;

/**
 * A trial command addresses a trial in a status that allows it: start a drug not already taken;
 * titrate or conclude an active trial; stop an active or continuing one; finish a taper (PW-04).
 */
final class TrialCommandsNeedTheTrial implements Guard {

  private final PathwayPolicy policy;

  TrialCommandsNeedTheTrial(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "trial-commands-need-the-trial";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (command instanceof StartDrugTrial) {
      String drug = ((StartDrugTrial) command).drug();
      return state.takenTrial(drug).isEmpty() ? Reasons.none() : refuse(command, drug, state.takenTrial(drug));
    }
    String drug;
    Set<TrialStatus> allowed;
    if (command instanceof ChangeDose) {
      drug = ((ChangeDose) command).drug();
      allowed = Set.of(TrialStatus.ACTIVE);
    } else if (command instanceof ConcludeTrial) {
      drug = ((ConcludeTrial) command).drug();
      allowed = Set.of(TrialStatus.ACTIVE);
    } else if (command instanceof StopDrugTrial) {
      drug = ((StopDrugTrial) command).drug();
      allowed = Set.of(TrialStatus.ACTIVE, TrialStatus.CONTINUING);
    } else if (command instanceof CompleteTaper) {
      drug = ((CompleteTaper) command).drug();
      allowed = Set.of(TrialStatus.TAPERING);
    } else {
      return Reasons.none();
    }
    Optional<DrugTrial> trial = state.takenTrial(drug);
    return trial.isPresent() && allowed.contains(trial.get().status()) ? Reasons.none() : refuse(command, drug, trial);
  }

  private List<Finding> refuse(Command command, String drug, Optional<DrugTrial> trial) {
    return Reasons.one(
        Reasons.blocking("trial-not-in-a-state-for-this", policy.rule("known-subject"), "the drug trial cannot take this step now")
            .about(drug)
            .value("trialStatus", trial.map(t -> t.status().name()).orElse("none"))
            .value("command", CommandNames.of(command)));
  }
}
