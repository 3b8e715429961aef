package org.painpath.pathway.internal.trial;

import static org.painpath.pathway.state.TrialStatus.ACTIVE;
import static org.painpath.pathway.state.TrialStatus.CONTINUING;
import static org.painpath.pathway.state.TrialStatus.TAPERING;

import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.internal.rule.Transitions;
import org.painpath.pathway.state.TrialStatus;

/**
 * A drug trial's steps (PW-04): a drug not taken may start; an active trial is titrated or concluded;
 * an active or continuing one is stopped; a tapering one finishes its taper. A dose change is a step of
 * an active trial, and a reduction of any trial taken (a continuing or tapering trial whose dose new
 * facts put above the patient's limits must be able to record the reduction the plan asks for; a step
 * up there is refused by {@link TrialConditions#doseChangeAllowed}). The guard row
 * (trial-not-in-a-state-for-this) reads the command side, the evolution the event side.
 */
final class TrialTransitions {

  static final Transitions<TrialStatus> TABLE =
      new Transitions<TrialStatus>()
          .command(ChangeDose.class, ACTIVE, CONTINUING, TAPERING)
          .event(DoseChanged.class, ACTIVE, CONTINUING, TAPERING)
          .command(ConcludeTrial.class, ACTIVE)
          .command(StopDrugTrial.class, ACTIVE, CONTINUING)
          .event(DrugTrialEnded.class, ACTIVE, CONTINUING)
          .command(CompleteTaper.class, TAPERING)
          .event(TaperCompleted.class, TAPERING);

  private TrialTransitions() {}
}
