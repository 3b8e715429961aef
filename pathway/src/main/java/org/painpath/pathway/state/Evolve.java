package org.painpath.pathway.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.CaseDischarged;
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

/**
 * {@code evolve(state, event) -> state}: how each event changes a case. Pure and total over
 * consistent logs; an event that cannot follow the state (a dose change for a drug never started, a
 * date before the last event, anything after the case closed) is an {@link InvalidInputException},
 * because a log that says so is corrupt and must not be guessed around.
 */
public final class Evolve {

  private static final Map<Class<? extends PathwayEvent>, Step<?>> STEPS =
      Map.ofEntries(
          step(CaseOpened.class, Evolve::opened),
          step(RedFlagsAssessed.class, (s, e) -> s.edit().withRedFlags(e)),
          step(UrgentReferralMade.class, (s, e) -> s.edit().withUrgentReferral(e)),
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
          step(OutcomeMeasured.class, (s, e) -> s.edit().withOutcomes(append(s.outcomes(), e))),
          step(PsychosocialProfileAssessed.class, (s, e) -> s.edit().withPsychosocial(e)),
          step(ImagingRequested.class, (s, e) -> s.edit().withImaging(append(s.imaging(), e))),
          step(OpioidRecorded.class, Evolve::opioidRecorded),
          step(OpioidStopped.class, Evolve::opioidStopped),
          step(MultidisciplinaryReferralMade.class, (s, e) -> s.edit().withMultidisciplinaryReferral(e)),
          step(MaintenanceEntered.class, (s, e) -> s.edit().withMaintenance(e)),
          step(CaseDischarged.class, (s, e) -> s.edit().withDischarged(e)));

  private Evolve() {}

  /** The state after {@code event}. */
  public static CaseState evolve(CaseState state, PathwayEvent event) {
    requireFollows(state, event);
    Step<?> step = STEPS.get(event.getClass());
    if (step == null) {
      // Only reachable if a new event type is added without its step; EvolveTest guards against that.
      throw new IllegalStateException("no evolution step for " + event.getClass().getSimpleName());
    }
    CaseState next = step.apply(state, event);
    return next.edit().withLastEventOn(event.date());
  }

  /** The state after each event in order, from the initial state. */
  public static CaseState fold(CaseState initial, List<? extends PathwayEvent> events) {
    CaseState state = initial;
    for (int i = 0; i < events.size(); i++) {
      try {
        state = evolve(state, events.get(i));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().under("events[" + i + "]"));
      }
    }
    return state;
  }

  /** Every event type has a step; the test suite checks this against the sealed list. */
  static boolean handles(Class<?> eventType) {
    return STEPS.containsKey(eventType);
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

  static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  static <T> List<T> appendAll(List<T> list, List<T> items) {
    List<T> copy = new ArrayList<>(list);
    copy.addAll(items);
    return copy;
  }

  static <T> List<T> replaceFirst(List<T> list, java.util.function.Predicate<T> which, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (which.test(copy.get(i))) {
        copy.set(i, change.apply(copy.get(i)));
        return copy;
      }
    }
    throw new IllegalStateException("replaceFirst called without a match; callers check first");
  }

  private static CaseState opened(CaseState s, CaseOpened e) {
    return s.edit()
        .withOpenedOn(e.date())
        .withConservativeCare(e.conservativeCare())
        .withNeuropathicComponent(e.neuropathicComponent());
  }

  private static CaseState workupOrdered(CaseState s, WorkupOrdered e) {
    if (s.evaluation().status() != WorkupStatus.NOT_STARTED) {
      throw inconsistent("type", "workup-already-started", "the work-up is already " + s.evaluation().status());
    }
    return s.edit()
        .withEvaluation(new Evaluation(WorkupStatus.ORDERED, e.tests(), List.of(), null, null));
  }

  private static CaseState workupSkipped(CaseState s, WorkupSkipped e) {
    if (s.evaluation().isSettled()) {
      throw inconsistent("type", "workup-already-settled", "the work-up is already " + s.evaluation().status());
    }
    return s.edit()
        .withEvaluation(new Evaluation(WorkupStatus.SKIPPED, s.evaluation().orders(), List.of(), e.date(), e.reason()));
  }

  private static CaseState workupInterpreted(CaseState s, WorkupInterpreted e) {
    if (s.evaluation().status() != WorkupStatus.ORDERED) {
      throw inconsistent("type", "workup-not-ordered", "results need an ordered work-up, was " + s.evaluation().status());
    }
    WorkupStatus status = e.complete() ? WorkupStatus.INTERPRETED : WorkupStatus.ORDERED;
    List<CauseCourse> causes = new ArrayList<>(s.causes());
    e.causes().stream()
        .filter(c -> s.cause(c).isEmpty())
        .forEach(c -> causes.add(new CauseCourse(c, e.date(), CauseStatus.FOUND, null, null, null)));
    return s.edit()
        .withEvaluation(
            new Evaluation(
                status,
                appendAll(s.evaluation().orders(), e.additionalOrders()),
                e.findings(),
                e.complete() ? e.date() : null,
                null))
        .withCauses(causes);
  }

  private static CaseState interventionStarted(CaseState s, InterventionStarted e) {
    if (s.runningIntervention(e.intervention()).isPresent()) {
      throw inconsistent("intervention", "already-running", e.intervention() + " is already running");
    }
    return s.edit()
        .withInterventions(
            append(s.interventions(), new InterventionCourse(e.intervention(), e.modality(), e.date(), null)));
  }

  private static CaseState interventionStopped(CaseState s, InterventionStopped e) {
    if (s.runningIntervention(e.intervention()).isEmpty()) {
      throw inconsistent("intervention", "not-running", e.intervention() + " is not running");
    }
    return s.edit()
        .withInterventions(
            replaceFirst(
                s.interventions(),
                i -> i.intervention().equals(e.intervention()) && i.isRunning(),
                i -> new InterventionCourse(i.intervention(), i.modality(), i.startedOn(), e.date())));
  }

  private static CaseState opioidRecorded(CaseState s, OpioidRecorded e) {
    List<OpioidRecorded> opioids = new ArrayList<>(s.opioids());
    opioids.removeIf(o -> o.drug().equals(e.drug()));
    opioids.add(e);
    return s.edit().withOpioids(opioids);
  }

  private static CaseState opioidStopped(CaseState s, OpioidStopped e) {
    if (s.opioids().stream().noneMatch(o -> o.drug().equals(e.drug()))) {
      throw inconsistent("drug", "not-recorded", e.drug() + " is not a recorded opioid");
    }
    List<OpioidRecorded> opioids = new ArrayList<>(s.opioids());
    opioids.removeIf(o -> o.drug().equals(e.drug()));
    return s.edit().withOpioids(opioids);
  }

  /** One event type's change, kept with its type so the registry stays type-safe. */
  private record Step<E extends PathwayEvent>(Class<E> type, BiFunction<CaseState, E, CaseState> change) {
    CaseState apply(CaseState state, PathwayEvent event) {
      return change.apply(state, type.cast(event));
    }
  }

  private static <E extends PathwayEvent> Map.Entry<Class<? extends PathwayEvent>, Step<?>> step(
      Class<E> type, BiFunction<CaseState, E, CaseState> change) {
    return Map.entry(type, new Step<>(type, change));
  }
}
