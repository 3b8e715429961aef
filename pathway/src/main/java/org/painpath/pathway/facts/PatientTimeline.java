package org.painpath.pathway.facts;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.PatientFact;
import org.apiguardian.api.API;

/**
 * A case's patient over time (PW-30): the initial patient (as stated when the case opened) and the patient-fact
 * events of its log. The patient as of a date is the initial patient with every fact dated on or
 * before that date applied in log order, so for each field the latest fact wins (of two on one date,
 * the later in the log); a fact dated after the date is not seen. Pure: built from values, no clock.
 *
 * <p>Dates the log does not state (DESIGN {@code PW-34}, {@code PW-35}, docs/clinical-decisions.md): the case opens
 * on the date of its first event; the initial patient's {@code age} is as of that date and the patient
 * is a year older from each anniversary of it; the initial patient's kidney data were measured on that
 * date. With no event there is no opening date: the patient is the initial one at any date and the
 * date of its kidney data is unknown.
 */
@API(status = EXPERIMENTAL)
public final class PatientTimeline {

  private final Patient initial;
  private final @Nullable LocalDate openedOn;
  /** The fact events in log order, each with its index in the log (for naming problems). */
  private final List<Indexed> facts;

  private record Indexed(int index, PatientFact fact) {}

  private PatientTimeline(Patient initial, @Nullable LocalDate openedOn, List<Indexed> facts) {
    this.initial = initial;
    this.openedOn = openedOn;
    this.facts = facts;
  }

  /**
   * The timeline of a case: its initial patient and all its events (those that are not facts are skipped).
   *
   * @param initial the patient as stated when the case opened
   * @param events the case log's events in log order (may be empty); the first one's date is the opening date
   * @return the timeline
   * @throws InvalidInputException naming {@code patient} or {@code events} when null
   */
  public static PatientTimeline of(Patient initial, List<? extends PathwayEvent> events) {
    Problems.Collector problems = Problems.collector();
    problems.check(initial != null, "patient", "required", "is required");
    problems.check(events != null, "events", "required", "is required (may be empty)");
    problems.throwIfAny();
    List<Indexed> facts = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof PatientFact fact) {
        facts.add(new Indexed(i, fact));
      }
    }
    LocalDate opened = events.isEmpty() ? null : events.get(0).date();
    return new PatientTimeline(initial, opened, List.copyOf(facts));
  }

  /**
   * The timeline of a case opened on {@code openedOn} (empty before it opens) with these facts in log
   * order: what a fold keeps, so the case's state answers as of any date without the other events. A
   * problem is named with the fact's index among the facts ({@code facts[2]}).
   *
   * @param initial the patient as stated when the case opened
   * @param openedOn the date the case opened, or null when it has no event yet
   * @param facts the patient-fact events in log order (may be empty)
   * @return the timeline
   * @throws InvalidInputException naming {@code patient} or {@code facts} when null
   */
  public static PatientTimeline of(Patient initial, @Nullable LocalDate openedOn, List<? extends PatientFact> facts) {
    Problems.Collector problems = Problems.collector();
    problems.check(initial != null, "patient", "required", "is required");
    problems.check(facts != null, "facts", "required", "is required (may be empty)");
    problems.throwIfAny();
    List<Indexed> indexed = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      indexed.add(new Indexed(i, facts.get(i)));
    }
    return new PatientTimeline(initial, openedOn, List.copyOf(indexed));
  }

  /**
   * What refuses {@code next} as the newest fact of this timeline (it cannot follow the facts in force
   * after all the others: see {@link #inconsistencies}), named under {@code at}; empty when it can follow.
   * The one rule a command recording a fact and a log read both apply.
   *
   * @param next the fact to add after the others
   * @param at the name its problems get, e.g. {@code events[7]} or the command's field
   * @return the problems that refuse it; empty when it can follow
   * @throws InvalidInputException when the facts already in the timeline are themselves inconsistent
   */
  public Problems problemsAdding(PatientFact next, String at) {
    FactsInForce inForce = new FactsInForce(initial, openedOn);
    Problems.Collector earlier = Problems.collector();
    for (Indexed f : facts) {
      inForce.apply(f.fact(), "facts[" + f.index() + "]", earlier);
    }
    earlier.throwIfAny(); // never judged against an impossible history
    Problems.Collector problems = Problems.collector();
    inForce.apply(next, at, problems);
    return problems.problems();
  }

  /**
   * Every fact that cannot follow the facts in force before it, named with its event ({@code
   * events[4].medication}: a stop of a medication not taken; a resolve of a condition not recorded; a
   * start of a medication already taken; a condition recorded twice). Empty for a consistent log.
   *
   * @param initial the patient as stated when the case opened
   * @param events the case log's events in log order
   * @return every inconsistency, each named with its event; empty for a consistent log
   */
  public static Problems inconsistencies(Patient initial, List<? extends PathwayEvent> events) {
    PatientTimeline timeline = of(initial, events);
    Problems.Collector problems = Problems.collector();
    FactsInForce inForce = new FactsInForce(initial, timeline.openedOn);
    for (Indexed f : timeline.facts) {
      inForce.apply(f.fact(), "events[" + f.index() + "]", problems);
    }
    return problems.problems();
  }

  /**
   * The date the case opened (its first event's), empty for a log without events.
   *
   * @return the opening date, or empty
   */
  public Optional<LocalDate> openedOn() {
    return Optional.ofNullable(openedOn);
  }

  /**
   * The patient as of {@code date}: weight, kidney data, medications and conditions from the latest
   * facts on or before it, age from {@link #ageOn}. An inconsistent fact (see {@link #inconsistencies})
   * is refused naming its event, never skipped.
   *
   * @param date the date the question is asked for
   * @return the patient as known on that date
   * @throws InvalidInputException naming {@code asOf} when the date is null, or the inconsistent fact's event
   */
  public Patient asOf(LocalDate date) {
    FactsInForce inForce = applied(requireDate(date));
    return inForce.patient(initial, ageOn(date));
  }

  /**
   * The age on {@code date}: the stated age, plus one year on each anniversary of the opening date
   * (completed years as {@link Period} counts them: an opening on 29 February has its anniversary on 1
   * March in other years). Before the opening date, or without one, the stated age.
   *
   * @param date the date the question is asked for
   * @return the age in completed years on that date
   * @throws InvalidInputException naming {@code asOf} when the date is null
   */
  public Age ageOn(LocalDate date) {
    requireDate(date);
    if (openedOn == null || date.isBefore(openedOn)) {
      return initial.age();
    }
    return Age.years(initial.age().years() + Period.between(openedOn, date).getYears());
  }

  /**
   * When the kidney data in force on {@code date} were measured: the date of the latest creatinine or
   * clearance fact on or before it, else the opening date when the initial patient has kidney data;
   * empty when none are known (or the log has no events).
   *
   * @param date the date the question is asked for
   * @return the measurement date of the kidney data in force, or empty (see above); a rule that needs
   *     recent kidney data reads its age from this
   * @throws InvalidInputException naming {@code asOf} when the date is null
   */
  public Optional<LocalDate> renalDataMeasuredOn(LocalDate date) {
    return applied(requireDate(date)).kidneyMeasuredOn();
  }

  /**
   * The latest result of {@code test} on or before {@code date} (of two on one date, the later in the log).
   *
   * @param test the lab test, e.g. creatine kinase
   * @param date the date the question is asked for
   * @return the result event, or empty when none of that test is dated on or before {@code date}
   * @throws InvalidInputException naming {@code asOf} when the date is null
   */
  public Optional<LabResultRecorded> latestResult(LabTest test, LocalDate date) {

    requireDate(date);
    LabResultRecorded latest = null;
    for (Indexed f : facts) {
      if (f.fact() instanceof LabResultRecorded lab && lab.test() == test && !lab.date().isAfter(date)) {
        latest = lab;
      }
    }
    return Optional.ofNullable(latest);
  }

  private FactsInForce applied(LocalDate date) {
    FactsInForce inForce = new FactsInForce(initial, openedOn);
    Problems.Collector problems = Problems.collector();
    for (Indexed f : facts) {
      if (!f.fact().date().isAfter(date)) {
        inForce.apply(f.fact(), "events[" + f.index() + "]", problems);
      }
    }
    problems.throwIfAny();
    return inForce;
  }

  private static LocalDate requireDate(@Nullable LocalDate date) {
    if (date == null) {
      throw InvalidInputException.of("asOf", "required", "is required");
    }
    return date;
  }
}
