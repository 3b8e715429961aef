package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.ReferUrgently;
import org.painpath.pathway.command.RequestImaging;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.WorkupStatus;
import org.painpath.testkit.api.evaluation.LabPanels;
import org.apiguardian.api.API;

/**
 * The commands a clinician might give a case in its current state on {@code day}: mostly ones the
 * state makes sensible (so long chains reach deep into the pathway), some the state does not allow
 * (so guards are exercised), and a command dated before the last event now and then.
 */
@API(status = EXPERIMENTAL)
public final class PathwayCommands {

  private PathwayCommands() {
    // Must never be called: static entry points only.
  }

  /**
   * Commands for the case in {@code state} at a visit on {@code day}: an opening command for a case not yet
   * opened, otherwise intake, statin, drug and care commands weighted towards the ones the state allows.
   *
   * @param state the case's state at the visit
   * @param day the date of the visit
   * @return commands to give at the visit
   */
  public static Arbitrary<Command> next(CaseState state, LocalDate day) {
    if (state.openedOn() == null) {
      return Arbitraries.of(true, false).map(neuropathic -> (Command) new OpenCase(day, "conservative care", neuropathic));
    }
    Weighted choices = new Weighted();
    intake(state, day, choices);
    StatinCommands.add(state, day, choices);
    DrugCommands.add(state, day, choices);
    CareCommands.add(state, day, choices);
    FactCommands.add(state, day, choices);
    choices.add(1, rare(state, day));
    return choices.draw();
  }

  private static void intake(CaseState state, LocalDate day, Weighted choices) {
    if (state.redFlags() == null) {
      choices.add(6, Arbitraries.just(new AssessRedFlags(day, java.util.Set.of())));
    }
    WorkupStatus workup = state.evaluation().status();
    choices.add(workup == WorkupStatus.NOT_STARTED ? 8 : 1, new OrderWorkup(day));
    choices.add(workup == WorkupStatus.NOT_STARTED ? 2 : 1, new SkipWorkup(day, "recent complete work-up"));
    choices.add(
        workup == WorkupStatus.ORDERED ? 10 : 1,
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(LabPanels.normalPanel())),
                net.jqwik.api.Tuple.of(2, LabPanels.panels()))
            .flatMap(
                panel ->
                    Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(8, Signs.complete(state.patientOn(day))),
                            net.jqwik.api.Tuple.of(1, LabPanels.clinicalSigns()))
                        .map(signs -> new RecordWorkupResults(day, panel, signs))));
    choices.add(1, new RequestImaging(day, "lumbar spine", "patient request"));
    choices.add(state.failedTrials() >= 2 ? 6 : 1, new ReferMultidisciplinary(day, "individual approaches failed"));
    choices.add(2, new EnterMaintenance(day, "improved"));
  }

  /**
   * Commands that end a case or that no state allows, drawn together at a low weight so most chains
   * run long enough to reach trials, failures and referrals.
   */
  private static Arbitrary<Command> rare(CaseState state, LocalDate day) {
    Weighted rare = new Weighted();
    rare.add(2, Arbitraries.of(RedFlag.class).set().ofMinSize(1).ofMaxSize(2).map(flags -> new AssessRedFlags(day, flags)));
    rare.add(1, new Discharge(day, "moved away"));
    rare.add(1, new ReferUrgently(day, "clinical concern"));
    rare.add(2, new OpenCase(day, "opened again", false));
    LastEvent.before(state).ifPresent(past -> rare.add(2, new SkipWorkup(past, "dated before the last event")));
    return rare.draw();
  }
}
