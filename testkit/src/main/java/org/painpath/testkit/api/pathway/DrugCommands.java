package org.painpath.testkit.api.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.Pharmacology;

/**
 * Drug-trial commands: starts of any drug the pack knows (pathway drugs mostly, an opioid or a statin
 * now and then, and a name it does not know), titration steps along the trial's plan (and a jump to
 * its last step), conclusions, stops and tapers.
 */
final class DrugCommands {

  private static final List<String> PATHWAY_DRUGS =
      Pharmacology.bundled().pack().drugs().stream().filter(Drug::isPathwayDrug).map(Drug::name).toList();
  private static final List<String> NEVER_TRIALLED = List.of("tramadol", "oxycodone", "atorvastatin", "aspirin-xyz");

  private DrugCommands() {}

  static void add(CaseState state, LocalDate day, Weighted choices) {
    boolean trialRunning = state.trials().stream().anyMatch(t -> t.status() == TrialStatus.ACTIVE);
    boolean ready = state.evaluation().isSettled() && !trialRunning;
    choices.add(ready ? 8 : 1, Arbitraries.of(PATHWAY_DRUGS).map(drug -> (Command) StartDrugTrial.bySchedule(day, drug)));
    choices.add(1, Arbitraries.of(NEVER_TRIALLED).map(drug -> (Command) StartDrugTrial.bySchedule(day, drug)));
    choices.add(
        1,
        Arbitraries.of(PATHWAY_DRUGS)
            .map(drug -> (Command) new StartDrugTrial(day, drug, Dose.mg(600), Frequency.THREE_TIMES_DAILY)));
    for (DrugTrial trial : state.trials()) {
      if (trial.status() == TrialStatus.ACTIVE) {
        active(trial, day, choices);
      }
      if (trial.status().taken() && trial.status() != TrialStatus.TAPERING) {
        // mostly for intolerable effects (a failed trial), so chains reach two failures and the referral
        choices.add(
            3,
            Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(StopReason.INTOLERABLE_EFFECTS)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(StopReason.OTHER)))
                .map(reason -> (Command) new StopDrugTrial(day, trial.drug(), reason)));
      }
      if (trial.status() == TrialStatus.TAPERING) {
        choices.add(5, new CompleteTaper(day, trial.drug()));
      }
    }
  }

  private static void active(DrugTrial trial, LocalDate day, Weighted choices) {
    List<Command> steps = new ArrayList<>();
    for (PlannedStep step : trial.titration()) {
      if (step.daily().exceeds(trial.dailyDose())) {
        steps.add(change(trial, step, day, false));
        break;
      }
    }
    if (!trial.titration().isEmpty()) {
      steps.add(change(trial, trial.titration().get(trial.titration().size() - 1), day, true));
    }
    if (!steps.isEmpty()) {
      choices.add(6, Arbitraries.of(steps));
    }
    choices.add(trial.isAdequateOn(day) ? 8 : 1, new ConcludeTrial(day, trial.drug()));
  }

  /** The planned step exactly, its day of unequal doses included (as a clinician carries out a TitrateDrug). */
  private static Command change(DrugTrial trial, PlannedStep step, LocalDate day, boolean maximumTolerated) {
    return ChangeDose.toStep(day, trial.drug(), step, maximumTolerated);
  }
}
