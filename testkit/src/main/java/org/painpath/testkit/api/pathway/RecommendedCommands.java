package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.ReferUrgently;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.plan.AssessOutcome;
import org.painpath.pathway.plan.AssessSafety;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.HoldStatin;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.RechallengeStatin;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReduceDose;
import org.painpath.pathway.plan.Refer;
import org.painpath.pathway.plan.ScreenRedFlags;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.testkit.api.evaluation.LabPanels;
import org.apiguardian.api.API;

/**
 * The commands a clinician gives to carry out a recommendation, as of a day: what a plug-in does when
 * the clinician clicks "accept". Where the recommendation leaves something to the clinician (which
 * red flags are present, how severe statin symptoms are, the answers to a questionnaire), the least
 * alarming choice is made, so the command is the recommendation itself and nothing more (a statin
 * rechallenge: the same statin at a low dose, or a different one low after a recurrence). A
 * recommendation that asks for no command now (a follow-up date, a held statin kept stopped, a taper
 * running on its schedule, a reduction no dose of which can be proposed) gives none.
 */
@API(status = EXPERIMENTAL)
public final class RecommendedCommands {

  private static final Code PRAVASTATIN = Code.rxNorm("42463", "pravastatin");
  private static final Code ROSUVASTATIN = Code.rxNorm("301542", "rosuvastatin");

  private RecommendedCommands() {
    // Must never be called: static entry points only.
  }

  /**
   * The day a recommendation can be carried out: {@code today}, or its due date when that is later.
   *
   * @param recommendation a recommendation of the plan
   * @param today the date of the visit
   * @return the day to carry it out
   */
  public static LocalDate dayFor(Recommendation recommendation, LocalDate today) {
    LocalDate due =
        recommendation instanceof TitrateDrug t
            ? t.due()
            : recommendation instanceof AssessOutcome a ? a.due() : today;
    return due.isAfter(today) ? due : today;
  }

  /**
   * The commands that carry out {@code recommendation} for the case in {@code state} on {@code day};
   * empty when it asks for none.
   *
   * @param recommendation a recommendation of the plan
   * @param state the case's state
   * @param day the date the commands are given
   * @return the commands, empty when the recommendation asks for none
   */
  public static List<Command> carryingOut(Recommendation recommendation, CaseState state, LocalDate day) {
    if (recommendation instanceof ScreenRedFlags) {
      return List.of(new AssessRedFlags(day, java.util.Set.of()));
    }
    if (recommendation instanceof OrderTests) {
      return switch (state.evaluation().status()) {
        case NOT_STARTED -> List.of(new OrderWorkup(day));
          // ordered already: the step left is to record the results, here all within range
        case ORDERED ->
            List.of(
                new RecordWorkupResults(
                    day, LabPanels.normalPanel(), Signs.complete(state.patientOn(day), MuscleSymptoms.MILD_TO_MODERATE)));
          // tests outside the work-up (CK and creatinine while a statin is held): their results come back
          // with the statin review, not as a command of their own
        default -> List.of();
      };
    }
    if (recommendation instanceof HoldStatin h) {
      if (state.statin().status() == StatinStatus.HELD || state.statin().status() == StatinStatus.RESOLVED) {
        return List.of(); // "keep it stopped" (held, or resolved within the washout): nothing to record yet
      }
      return List.of(new org.painpath.pathway.command.HoldStatin(day, h.statin(), StatinSymptomSeverity.MILD_MODERATE));
    }
    if (recommendation instanceof org.painpath.pathway.plan.ManageCause m) {
      return List.of(new ManageCause(day, m.cause(), CauseAction.TREAT, "as recommended"));
    }
    if (recommendation instanceof StartDrug s) {
      return List.of(StartDrugTrial.bySchedule(day, s.drug()));
    }
    if (recommendation instanceof TitrateDrug t) {
      return List.of(ChangeDose.toStep(day, t.drug(), t.nextStep(), false));
    }
    if (recommendation instanceof ReduceDose r) {
      PlannedStep to = r.to();
      return to == null ? List.of() : List.of(ChangeDose.toStep(day, r.drug(), to, false));
    }
    if (recommendation instanceof TaperDrug) {
      return List.of(); // a taper runs on its schedule; CompleteTaper records its end
    }
    if (recommendation instanceof org.painpath.pathway.plan.StartIntervention s) {
      return List.of(new StartIntervention(day, s.intervention()));
    }
    if (recommendation instanceof AssessOutcome a) {
      List<Command> records = new ArrayList<>();
      for (String name : a.instruments()) {
        Instrument instrument = Instrument.parse(name);
        records.add(new RecordOutcome(day, instrument, answers(instrument)));
      }
      return records;
    }
    if (recommendation instanceof Refer r) {
      if (r.urgent()) {
        // the pathway records the urgent referral itself when a red flag needs one
        return state.urgentReferral() != null ? List.of() : List.of(new ReferUrgently(day, "as recommended"));
      }
      // a specialist referral (e.g. neuromuscular) is made outside the pathway's commands
      return r.to() == Specialty.MULTIDISCIPLINARY_PAIN_REHABILITATION
          ? List.of(new ReferMultidisciplinary(day, "as recommended"))
          : List.of();
    }
    if (recommendation instanceof RechallengeStatin r) {
      return List.of(rechallenge(r, state, day));
    }
    if (recommendation instanceof FollowUp || recommendation instanceof AssessSafety) {
      return List.of(); // a safety assessment is the clinician's today; the pathway records no command for it
    }
    throw new IllegalArgumentException("no command is known for " + recommendation.getClass().getSimpleName());
  }

  /**
   * The rechallenge the clinician chooses among the options, here the least alarming at a low dose: the
   * same statin before any recurrence, else a different one (pravastatin, as the options name it;
   * rosuvastatin every day at its lowest dose when pravastatin was the one that failed).
   */
  private static Command rechallenge(RechallengeStatin r, CaseState state, LocalDate day) {
    if (state.statin().recurrences() == 0) {
      return new org.painpath.pathway.command.RechallengeStatin(day, r.previousStatin(), Dose.mg(10), Frequency.ONCE_DAILY);
    }
    Code other = PRAVASTATIN.code().equals(r.previousStatin().code()) ? ROSUVASTATIN : PRAVASTATIN;
    return new org.painpath.pathway.command.RechallengeStatin(
        day, other, Dose.mg(other == ROSUVASTATIN ? 5 : 10), Frequency.ONCE_DAILY);
  }

  /** Every item answered at its minimum: a complete questionnaire. */
  private static List<@Nullable Integer> answers(Instrument instrument) {
    return new ArrayList<>(Collections.nCopies(instrument.itemCount(), instrument.itemMinimum()));
  }
}
