package org.painpath.pathway.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.event.ConditionRecorded;
import org.painpath.pathway.event.ConditionResolved;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.MedicationStopped;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PatientFact;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinRechallengeTolerated;
import org.painpath.pathway.event.StatinRechallenged;
import org.painpath.pathway.event.StatinResumed;
import org.painpath.pathway.event.StatinSymptomsAttributedElsewhere;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.event.StatinSymptomsReviewed;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.event.WorkupInterpreted;
import org.painpath.pathway.event.WorkupOrdered;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.event.WeightRecorded;

/**
 * {@code evolve(state, event) -> state}: how each event changes a case. Pure and total over
 * consistent logs; an event that cannot follow the state (a dose change for a drug never started, a
 * date before the last event, anything after the case closed) is an {@link InvalidInputException},
 * because a log that says so is corrupt and must not be guessed around.
 */
public final class Evolve {

  private static final Map<Class<? extends PathwayEvent>, Step<?>> STEPS =
      Map.ofEntries(
          step(CaseOpened.class, (s, e) -> s.opened(e.date(), e.conservativeCare(), e.neuropathicComponent())),
          step(RedFlagsAssessed.class, CaseDraft::redFlags),
          step(UrgentReferralMade.class, CaseDraft::urgentReferral),
          step(WorkupOrdered.class, Evolve::workupOrdered),
          step(WorkupSkipped.class, Evolve::workupSkipped),
          step(WorkupInterpreted.class, Evolve::workupInterpreted),
          step(StatinHeld.class, StatinEvolution::held),
          step(StatinSymptomsReviewed.class, StatinEvolution::reviewed),
          step(StatinRechallenged.class, StatinEvolution::rechallenged),
          step(StatinSymptomsRecurred.class, StatinEvolution::recurred),
          step(StatinRechallengeTolerated.class, StatinEvolution::tolerated),
          step(StatinSymptomsAttributedElsewhere.class, StatinEvolution::attributedElsewhere),
          step(StatinResumed.class, StatinEvolution::resumed),
          step(CauseManaged.class, CauseEvolution::managed),
          step(CauseReviewed.class, CauseEvolution::reviewed),
          step(DrugTrialStarted.class, TrialEvolution::started),
          step(DoseChanged.class, TrialEvolution::doseChanged),
          step(DrugTrialEnded.class, TrialEvolution::ended),
          step(TaperCompleted.class, TrialEvolution::taperCompleted),
          step(InterventionStarted.class, Evolve::interventionStarted),
          step(InterventionStopped.class, Evolve::interventionStopped),
          step(OutcomeMeasured.class, (s, e) -> s.outcomeList().add(e)),
          step(PsychosocialProfileAssessed.class, CaseDraft::psychosocial),
          step(ImagingRequested.class, (s, e) -> s.imagingList().add(e)),
          step(OpioidRecorded.class, Evolve::opioidRecorded),
          step(OpioidStopped.class, Evolve::opioidStopped),
          step(MultidisciplinaryReferralMade.class, CaseDraft::multidisciplinaryReferral),
          step(MaintenanceEntered.class, CaseDraft::maintenance),
          step(CaseDischarged.class, CaseDraft::discharged),
          // Patient facts (schema v3) do not change the case state yet: the patient as of a date is
          // computed from the log by org.painpath.pathway.facts (issue 13; wired in after the refactor).
          step(ConditionRecorded.class, Evolve::patientFact),
          step(ConditionResolved.class, Evolve::patientFact),
          step(CreatinineClearanceRecorded.class, Evolve::patientFact),
          step(LabResultRecorded.class, Evolve::patientFact),
          step(MedicationStarted.class, Evolve::patientFact),
          step(MedicationStopped.class, Evolve::patientFact),
          step(WeightRecorded.class, Evolve::patientFact));

  private Evolve() {}

  /** The state after {@code event}. */
  public static CaseState evolve(CaseState state, PathwayEvent event) {
    CaseDraft draft = CaseDraft.of(state);
    apply(draft, event);
    return draft.build();
  }

  /**
   * The state after each event in order, from the initial state: the same as evolving event by
   * event, but folded into one draft, so the cost is linear in the number of events.
   */
  public static CaseState fold(CaseState initial, List<? extends PathwayEvent> events) {
    if (events.isEmpty()) {
      return initial;
    }
    CaseDraft draft = CaseDraft.of(initial);
    for (int i = 0; i < events.size(); i++) {
      try {
        apply(draft, events.get(i));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().under("events[" + i + "]"));
      }
    }
    return draft.build();
  }

  /** Every event type has a step; the test suite checks this against the sealed list. */
  static boolean handles(Class<?> eventType) {
    return STEPS.containsKey(eventType);
  }

  private static void apply(CaseDraft draft, PathwayEvent event) {
    requireFollows(draft, event);
    Step<?> step = STEPS.get(event.getClass());
    if (step == null) {
      // Only reachable if a new event type is added without its step; EvolveTest guards against that.
      throw new IllegalStateException("no evolution step for " + event.getClass().getSimpleName());
    }
    step.apply(draft, event);
    draft.lastEventOn(event.date());
  }

  private static void requireFollows(CaseState state, PathwayEvent event) {
    LocalDate last = state.lastEventOn();
    if (last != null && event.date().isBefore(last)) {
      throw inconsistent("date", "out-of-order", "dated " + event.date() + ", before the previous event (" + last + ")");
    }
    boolean opening = event instanceof CaseOpened;
    if (state.openedOn() == null && !opening) {
      throw inconsistent("type", "case-not-opened", "the first event of a case must be case-opened");
    }
    if (state.openedOn() != null && opening) {
      throw inconsistent("type", "already-opened", "a case is opened once");
    }
    if (state.phase().isClosed()) {
      throw inconsistent("type", "case-closed", "no event may follow " + state.phase());
    }
  }

  static InvalidInputException inconsistent(String field, String code, String message) {
    return InvalidInputException.of(field, code, message);
  }

  private static void workupOrdered(CaseDraft s, WorkupOrdered e) {
    if (s.evaluation().status() != WorkupStatus.NOT_STARTED) {
      throw inconsistent("type", "workup-already-started", "the work-up is already " + s.evaluation().status());
    }
    s.evaluation(new Evaluation(WorkupStatus.ORDERED, e.tests(), List.of(), null, null));
  }

  private static void workupSkipped(CaseDraft s, WorkupSkipped e) {
    if (s.evaluation().isSettled()) {
      throw inconsistent("type", "workup-already-settled", "the work-up is already " + s.evaluation().status());
    }
    s.evaluation(new Evaluation(WorkupStatus.SKIPPED, s.evaluation().orders(), List.of(), e.date(), e.reason()));
  }

  private static void workupInterpreted(CaseDraft s, WorkupInterpreted e) {
    if (s.evaluation().status() != WorkupStatus.ORDERED) {
      throw inconsistent("type", "workup-not-ordered", "results need an ordered work-up, was " + s.evaluation().status());
    }
    WorkupStatus status = e.complete() ? WorkupStatus.INTERPRETED : WorkupStatus.ORDERED;
    // Which causes are new is judged against the state before this event, then all are added.
    List<CauseCourse> found =
        e.causes().stream()
            .filter(c -> s.cause(c).isEmpty())
            .map(c -> new CauseCourse(c, e.date(), CauseStatus.FOUND, null, null, null))
            .toList();
    List<OrderedTest> orders = new ArrayList<>(s.evaluation().orders());
    orders.addAll(e.additionalOrders());
    s.evaluation(new Evaluation(status, orders, e.findings(), e.complete() ? e.date() : null, null));
    s.causeList().addAll(found);
  }

  private static void interventionStarted(CaseDraft s, InterventionStarted e) {
    if (s.runningIntervention(e.intervention()).isPresent()) {
      throw inconsistent("intervention", "already-running", e.intervention() + " is already running");
    }
    s.interventionList().add(new InterventionCourse(e.intervention(), e.modality(), e.date(), null));
  }

  private static void interventionStopped(CaseDraft s, InterventionStopped e) {
    if (s.runningIntervention(e.intervention()).isEmpty()) {
      throw inconsistent("intervention", "not-running", e.intervention() + " is not running");
    }
    s.interventionList()
        .replaceFirst(
            i -> i.intervention().equals(e.intervention()) && i.isRunning(),
            i -> new InterventionCourse(i.intervention(), i.modality(), i.startedOn(), e.date()));
  }

  private static void patientFact(CaseDraft s, PatientFact e) {
    // nothing in the case state changes yet (see STEPS)
  }

  private static void opioidRecorded(CaseDraft s, OpioidRecorded e) {
    s.opioidList().removeIf(o -> o.drug().equals(e.drug()));
    s.opioidList().add(e);
  }

  private static void opioidStopped(CaseDraft s, OpioidStopped e) {
    if (s.opioids().stream().noneMatch(o -> o.drug().equals(e.drug()))) {
      throw inconsistent("drug", "not-recorded", e.drug() + " is not a recorded opioid");
    }
    s.opioidList().removeIf(o -> o.drug().equals(e.drug()));
  }

  /** One event type's change, kept with its type so the registry stays type-safe. */
  private record Step<E extends PathwayEvent>(Class<E> type, BiConsumer<CaseDraft, E> change) {
    void apply(CaseDraft draft, PathwayEvent event) {
      change.accept(draft, type.cast(event));
    }
  }

  private static <E extends PathwayEvent> Map.Entry<Class<? extends PathwayEvent>, Step<?>> step(
      Class<E> type, BiConsumer<CaseDraft, E> change) {
    return Map.entry(type, new Step<>(type, change));
  }
}
