package org.painpath.testkit.api.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.intervention.Intervention;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.InterventionCourse;
import org.painpath.testkit.api.evaluation.InstrumentAnswers;

/** Outcome measures, non-drug care, causes and opioids. */
final class CareCommands {

  /** PHQ-9 item 9 (thoughts of self-harm) is its ninth answer; endorsing it ends the chain in a referral. */
  private static final int SELF_HARM_ITEM = 8;

  private CareCommands() {}

  static void add(CaseState state, LocalDate day, Weighted choices) {
    choices.add(6, measure(Instrument.PEG, day));
    choices.add(2, measure(Instrument.NRS, day));
    for (Instrument screen : List.of(Instrument.GAD7, Instrument.PCS, Instrument.TSK17)) {
      choices.add(1, measure(screen, day));
    }
    choices.add(1, phq9(day));
    choices.add(
        3,
        Arbitraries.of(InterventionCatalogue.bundled().all())
            .map(i -> (Command) new StartIntervention(day, ((Intervention) i).id())));
    for (InterventionCourse running : state.runningInterventions()) {
      choices.add(1, new StopIntervention(day, running.intervention(), "course completed"));
    }
    for (CauseCourse cause : state.causes()) {
      if (cause.status() == CauseStatus.FOUND || cause.status() == CauseStatus.MANAGED) {
        choices.add(
            cause.status() == CauseStatus.FOUND ? 6 : 2,
            Arbitraries.of(CauseAction.class)
                .map(action -> (Command) new ManageCause(day, cause.cause(), action, "plan for " + cause.cause())));
      }
      choices.add(
          cause.status() == CauseStatus.MANAGED ? 5 : 1,
          Arbitraries.of(true, false).map(resolved -> (Command) new ReviewCause(day, cause.cause(), resolved)));
    }
    choices.add(1, new RecordOpioid(day, "tramadol", Dose.mg(50), Frequency.everyHours(6)));
    state.opioids().forEach(o -> choices.add(1, new StopOpioid(day, o.drug())));
  }

  private static Arbitrary<Command> measure(Instrument instrument, LocalDate day) {
    return InstrumentAnswers.valid(instrument).map(items -> (Command) new RecordOutcome(day, instrument, items));
  }

  /** PHQ-9 answers with item 9 left at 0 most of the time, so most chains go on past the screen. */
  private static Arbitrary<Command> phq9(LocalDate day) {
    return InstrumentAnswers.valid(Instrument.PHQ9)
        .flatMap(
            items ->
                Arbitraries.integers()
                    .between(0, 19)
                    .map(
                        roll -> {
                          List<@Nullable Integer> answers = new ArrayList<>(items);
                          if (roll > 0 && answers.size() > SELF_HARM_ITEM) {
                            answers.set(SELF_HARM_ITEM, 0);
                          }
                          return (Command) new RecordOutcome(day, Instrument.PHQ9, answers);
                        }));
  }
}
