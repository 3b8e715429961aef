package org.painpath.pathway.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.internal.care.CareEvolution;
import org.painpath.pathway.internal.cause.CauseEvolution;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.ConditionRecorded;
import org.painpath.pathway.event.ConditionResolved;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.MedicationStopped;
import org.painpath.pathway.event.WeightRecorded;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.PatientFact;
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
import org.painpath.pathway.internal.opioid.OpioidEvolution;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.internal.rule.ListChange;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.Evaluation;
import org.painpath.pathway.state.InterventionCourse;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.StatinCourse;
import org.painpath.pathway.internal.statin.StatinEvolution;
import org.painpath.pathway.internal.trial.TrialEvolution;
import org.painpath.pathway.internal.workup.WorkupEvolution;

/**
 * {@code evolve(state, event) -> state} and the replay of a log: each event is handed to its
 * sub-pathway's evolution (a pure function of the part of the case it reads) and the change is applied
 * to one private accumulator, so a replay is linear in the number of events and builds the immutable
 * {@link CaseState} once at the end. An event that cannot follow the state (a dose change for a drug
 * never started, a date before the last event, anything after the case closed) is an
 * {@link InvalidInputException}: a log that says so is corrupt and must not be guessed around.
 */
public final class Fold {

  private static final Map<Class<? extends PathwayEvent>, Step<?>> STEPS =
      Map.ofEntries(
          step(CaseOpened.class, (s, e) -> s.opened(e.date(), e.conservativeCare(), e.neuropathicComponent())),
          step(RedFlagsAssessed.class, (s, e) -> s.redFlags = e),
          step(UrgentReferralMade.class, (s, e) -> s.urgentReferral = e),
          step(WorkupOrdered.class, (s, e) -> s.evaluation = WorkupEvolution.ordered(s.evaluation, e)),
          step(WorkupSkipped.class, (s, e) -> s.evaluation = WorkupEvolution.skipped(s.evaluation, e)),
          step(WorkupInterpreted.class, Fold::workupInterpreted),
          step(StatinHeld.class, (s, e) -> s.statin = StatinEvolution.held(s.statin, e)),
          step(StatinSymptomsReviewed.class, (s, e) -> s.statin = StatinEvolution.reviewed(s.statin, e)),
          step(StatinRechallenged.class, (s, e) -> s.statin = StatinEvolution.rechallenged(s.statin, e)),
          step(StatinSymptomsRecurred.class, (s, e) -> s.statin = StatinEvolution.recurred(s.statin, e)),
          step(StatinRechallengeTolerated.class, (s, e) -> s.statin = StatinEvolution.tolerated(s.statin, e)),
          step(StatinSymptomsAttributedElsewhere.class, (s, e) -> s.statin = StatinEvolution.attributedElsewhere(s.statin, e)),
          step(StatinResumed.class, (s, e) -> s.statin = StatinEvolution.resumed(s.statin, e)),
          step(CauseManaged.class, (s, e) -> apply(s.causes, CauseEvolution.managed(s.causes, e))),
          step(CauseReviewed.class, (s, e) -> apply(s.causes, CauseEvolution.reviewed(s.causes, e))),
          step(DrugTrialStarted.class, (s, e) -> apply(s.trials, TrialEvolution.started(s.trials, s.outcomes, e))),
          step(DoseChanged.class, (s, e) -> apply(s.trials, TrialEvolution.doseChanged(s.trials, e))),
          step(DrugTrialEnded.class, (s, e) -> apply(s.trials, TrialEvolution.ended(s.trials, e))),
          step(TaperCompleted.class, (s, e) -> apply(s.trials, TrialEvolution.taperCompleted(s.trials, e))),
          step(InterventionStarted.class, (s, e) -> apply(s.interventions, CareEvolution.started(s.interventions, e))),
          step(InterventionStopped.class, (s, e) -> apply(s.interventions, CareEvolution.stopped(s.interventions, e))),
          step(OutcomeMeasured.class, (s, e) -> s.outcomes.add(e)),
          step(PsychosocialProfileAssessed.class, (s, e) -> s.psychosocial = e),
          step(ImagingRequested.class, (s, e) -> s.imaging.add(e)),
          step(OpioidRecorded.class, (s, e) -> s.opioids = OpioidEvolution.recorded(s.opioids, e)),
          step(OpioidStopped.class, (s, e) -> s.opioids = OpioidEvolution.stopped(s.opioids, e)),
          step(MultidisciplinaryReferralMade.class, (s, e) -> s.multidisciplinaryReferral = e),
          step(MaintenanceEntered.class, (s, e) -> s.maintenance = e),
          step(CaseDischarged.class, (s, e) -> s.discharged = e),
          // facts about the patient: kept in log order; the state reads them through PatientTimeline (PW-30)
          step(LabResultRecorded.class, (s, e) -> s.facts.add(e)),
          step(CreatinineClearanceRecorded.class, (s, e) -> s.facts.add(e)),
          step(WeightRecorded.class, (s, e) -> s.facts.add(e)),
          step(MedicationStarted.class, (s, e) -> s.facts.add(e)),
          step(MedicationStopped.class, (s, e) -> s.facts.add(e)),
          step(ConditionRecorded.class, (s, e) -> s.facts.add(e)),
          step(ConditionResolved.class, (s, e) -> s.facts.add(e)));

  private Fold() {}

  /** The state after {@code event}. */
  public static CaseState evolve(CaseState state, PathwayEvent event) {
    Accumulator acc = new Accumulator(state);
    apply(acc, event);
    return acc.build();
  }

  /**
   * The state after each event in order, from the initial state: the same as evolving event by event,
   * but folded into one accumulator, so the cost is linear in the number of events.
   */
  public static CaseState replay(CaseState initial, List<? extends PathwayEvent> events) {
    if (events.isEmpty()) {
      return initial;
    }
    Accumulator acc = new Accumulator(initial);
    for (int i = 0; i < events.size(); i++) {
      try {
        apply(acc, events.get(i));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().under("events[" + i + "]"));
      }
    }
    return acc.build();
  }

  /** Every event type has a step; the test suite checks this against the sealed list. */
  public static boolean handles(Class<?> eventType) {
    return STEPS.containsKey(eventType);
  }

  private static void apply(Accumulator acc, PathwayEvent event) {
    requireFollows(acc, event);
    Step<?> step = STEPS.get(event.getClass());
    if (step == null) {
      // Only reachable if a new event type is added without its step; FoldTest guards against that.
      throw new IllegalStateException("no evolution step for " + event.getClass().getSimpleName());
    }
    step.apply(acc, event);
    acc.lastEventOn = event.date();
  }

  private static void requireFollows(Accumulator s, PathwayEvent event) {
    LocalDate last = s.lastEventOn;
    if (last != null && event.date().isBefore(last)) {
      throw Inconsistent.of("date", "out-of-order", "dated " + event.date() + ", before the previous event (" + last + ")");
    }
    boolean opening = event instanceof CaseOpened;
    if (s.openedOn == null && !opening) {
      throw Inconsistent.of("type", "case-not-opened", "the first event of a case must be case-opened");
    }
    if (s.openedOn != null && opening) {
      throw Inconsistent.of("type", "already-opened", "a case is opened once");
    }
    // The closed phases come first in the phase's precedence: urgent referral, then discharge.
    if (s.urgentReferral != null || s.discharged != null) {
      Phase phase = s.urgentReferral != null ? Phase.URGENT_REFERRAL : Phase.DISCHARGED;
      throw Inconsistent.of("type", "case-closed", "no event may follow " + phase);
    }
  }

  private static void workupInterpreted(Accumulator s, WorkupInterpreted e) {
    WorkupEvolution.Interpreted next = WorkupEvolution.interpreted(s.evaluation, s.causes, e);
    s.evaluation = next.evaluation();
    s.causes.addAll(next.found());
  }

  private static <T> void apply(List<T> list, ListChange<T> change) {
    if (change.appends()) {
      list.add(change.value());
    } else {
      list.set(change.index(), change.value());
    }
  }

  /**
   * The case being folded: private, mutable, owned by one fold and never handed out (not a
   * {@link CaseState}; the evolutions read only the parts they are given).
   */
  private static final class Accumulator {
    private final Patient patient;
    private @Nullable LocalDate openedOn;
    private @Nullable LocalDate lastEventOn;
    private String conservativeCare;
    private boolean neuropathicComponent;
    private Evaluation evaluation;
    private @Nullable RedFlagsAssessed redFlags;
    private StatinCourse statin;
    private final List<CauseCourse> causes;
    private final List<DrugTrial> trials;
    private final List<InterventionCourse> interventions;
    private final List<OutcomeMeasured> outcomes;
    private @Nullable PsychosocialProfileAssessed psychosocial;
    private List<OpioidRecorded> opioids;
    private final List<ImagingRequested> imaging;
    private @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral;
    private @Nullable MaintenanceEntered maintenance;
    private @Nullable CaseDischarged discharged;
    private @Nullable UrgentReferralMade urgentReferral;
    private final List<PatientFact> facts;

    Accumulator(CaseState from) {
      patient = from.patient();
      openedOn = from.openedOn();
      lastEventOn = from.lastEventOn();
      conservativeCare = from.conservativeCare();
      neuropathicComponent = from.neuropathicComponent();
      evaluation = from.evaluation();
      redFlags = from.redFlags();
      statin = from.statin();
      causes = new ArrayList<>(from.causes());
      trials = new ArrayList<>(from.trials());
      interventions = new ArrayList<>(from.interventions());
      outcomes = new ArrayList<>(from.outcomes());
      psychosocial = from.psychosocial();
      opioids = from.opioids();
      imaging = new ArrayList<>(from.imaging());
      multidisciplinaryReferral = from.multidisciplinaryReferral();
      maintenance = from.maintenance();
      discharged = from.discharged();
      urgentReferral = from.urgentReferral();
      facts = new ArrayList<>(from.facts());
    }

    void opened(LocalDate on, String care, boolean neuropathic) {
      openedOn = on;
      conservativeCare = care;
      neuropathicComponent = neuropathic;
    }

    CaseState build() {
      return CaseState.of(
          patient, openedOn, lastEventOn, conservativeCare, neuropathicComponent, evaluation, redFlags, statin,
          Collections.unmodifiableList(causes), Collections.unmodifiableList(trials),
          Collections.unmodifiableList(interventions), Collections.unmodifiableList(outcomes), psychosocial, opioids,
          Collections.unmodifiableList(imaging), multidisciplinaryReferral, maintenance, discharged, urgentReferral,
          Collections.unmodifiableList(facts));
    }
  }

  /** One event type's change, kept with its type so the registry stays type-safe. */
  private record Step<E extends PathwayEvent>(Class<E> type, BiConsumer<Accumulator, E> change) {
    void apply(Accumulator acc, PathwayEvent event) {
      change.accept(acc, type.cast(event));
    }
  }

  private static <E extends PathwayEvent> Map.Entry<Class<? extends PathwayEvent>, Step<?>> step(
      Class<E> type, BiConsumer<Accumulator, E> change) {
    return Map.entry(type, new Step<>(type, change));
  }
}
