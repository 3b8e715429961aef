package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import org.apiguardian.api.API;

/**
 * Case logs as they may arrive from storage: written by the pathway, then edited. A log that is read
 * must be checked (issue 12): doses multiplied, a creatinine raised into a lower renal band, an
 * outcome total that no longer recomputes from its items, events out of date order, a trial's drug
 * class changed, a trial of a drug the pack does not know or of an opioid. Each tampered log comes with
 * the log it was made from and what was done. The untampered logs ({@link #logs}) stay "every log the
 * pathway writes".
 */
@API(status = EXPERIMENTAL)
public final class TamperedLogs {

  /** What was done to a log. */
  public enum Tamper {
    /** A trial's start dose or a dose change multiplied by 2 to 20. */
    DOSE_MULTIPLIED,
    /** The patient's serum creatinine raised 2 to 8 times (at most 25 mg/dL), or set to 4 mg/dL where there was none. */
    CREATININE_RAISED,
    /** An outcome's total (or one of its items) edited so that it no longer recomputes. */
    OUTCOME_EDITED,
    /** Two events of different dates swapped. */
    EVENTS_REORDERED,
    /** A trial recorded with another drug class than the pack's. */
    DRUG_CLASS_CHANGED,
    /** A trial of a drug the pack does not know. */
    UNKNOWN_DRUG,
    /** A trial of an opioid. */
    OPIOID_TRIAL
  }

  /**
   * A tampered log, the log it was made from, and what was done.
   *
   * @param original the log as the pathway wrote it
   * @param tampered the log after the tamper
   * @param tamper what was done
   */
  public record TamperedLog(CaseLog original, CaseLog tampered, Tamper tamper) {
    @Override
    public String toString() {
      return tamper + " of a log of " + original.events().size() + " events";
    }
  }

  private TamperedLogs() {
    // Must never be called: static entry points only.
  }

  /**
   * Logs the pathway wrote for a generated patient over 1 to {@code maxVisits} visits.
   *
   * @param pathway the pathway that writes the logs
   * @param maxVisits the most visits per log
   * @return untampered logs
   */
  public static Arbitrary<CaseLog> logs(Pathway pathway, int maxVisits) {
    return Combinators.combine(PathwayPatients.patients(), Arbitraries.integers().between(1, maxVisits))
        .flatAs((patient, visits) -> after(PathwayCase.admit(pathway, patient, PathwayVisits.FIRST_VISIT), visits))
        .map(PathwayCase::log);
  }

  /**
   * The logs of the pathway's embedded sample cases: written by the pathway, with trials, dose steps and
   * outcomes.
   *
   * @return the sample logs
   */
  public static Arbitrary<CaseLog> sampleLogs() {
    return Arbitraries.of(SampleCases.all().stream().map(SampleCase::log).toList());
  }

  /**
   * Sample logs with one tamper applied (cheap: no pathway runs; logs a tamper cannot apply to are skipped).
   *
   * @return tampered sample logs, each with its original
   */
  public static Arbitrary<TamperedLog> tampered() {
    return tamperedFrom(sampleLogs());
  }

  /**
   * Logs of {@link #logs} with one tamper applied (logs it cannot apply to are skipped).
   *
   * @param pathway the pathway that writes the logs
   * @param maxVisits the most visits per log
   * @return tampered logs, each with its original
   */
  public static Arbitrary<TamperedLog> tampered(Pathway pathway, int maxVisits) {
    return tamperedFrom(logs(pathway, maxVisits));
  }

  private static Arbitrary<TamperedLog> tamperedFrom(Arbitrary<CaseLog> logs) {
    return Combinators.combine(
            logs, Arbitraries.of(Tamper.class), Arbitraries.integers().between(2, 20), Arbitraries.integers().between(0, 1000))
        .as((log, tamper, factor, pick) -> apply(log, tamper, factor, pick).map(t -> new TamperedLog(log, t, tamper)))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  /**
   * The log with one tamper; {@code factor} sizes it (2-20), {@code pick} chooses among the events it
   * could apply to. Empty when the log has no such event.
   *
   * @param log the log to tamper with
   * @param tamper what to do
   * @param factor how much (2 to 20): the dose multiplier, for example
   * @param pick which of the events the tamper could apply to (taken modulo their number)
   * @return the tampered log, or empty when no event fits the tamper
   */
  public static Optional<CaseLog> apply(CaseLog log, Tamper tamper, int factor, int pick) {
    List<PathwayEvent> events = new ArrayList<>(log.events());
    Patient patient = log.patient();
    switch (tamper) {
      case DOSE_MULTIPLIED -> {
        Optional<Integer> at = pick(events, e -> e instanceof DrugTrialStarted || e instanceof DoseChanged, pick);
        if (at.isEmpty()) {
          return Optional.empty();
        }
        events.set(at.get(), multiplied(events.get(at.get()), factor));
      }
      case CREATININE_RAISED -> {
        BigDecimal raised =
            patient.serumCreatinine()
                .map(s -> s.mgPerDl().multiply(BigDecimal.valueOf(2 + factor % 7)).min(SerumCreatinine.HIGHEST_PLAUSIBLE_MG_DL))
                .orElse(new BigDecimal("4"));
        if (patient.serumCreatinine().isPresent() && raised.compareTo(patient.serumCreatinine().get().mgPerDl()) <= 0) {
          return Optional.empty(); // already at the highest plausible value
        }
        patient =
            Patient.builder()
                .from(patient)
                .serumCreatinine(new SerumCreatinine(raised.setScale(2, java.math.RoundingMode.DOWN), org.painpath.core.renal.CreatinineUnit.MG_PER_DL))
                .weightKg(patient.weightKg().orElse(new BigDecimal("70")))
                .build();
      }
      case OUTCOME_EDITED -> {
        Optional<Integer> at = pick(events, e -> e instanceof OutcomeMeasured, pick);
        if (at.isEmpty()) {
          return Optional.empty();
        }
        OutcomeMeasured o = (OutcomeMeasured) events.get(at.get());
        List<Integer> items = new ArrayList<>();
        o.items().forEach(i -> items.add(i == null ? 0 : i));
        if (pick % 2 == 0 || items.isEmpty()) {
          events.set(at.get(), new OutcomeMeasured(o.date(), o.instrument(), o.items(), o.total().add(new BigDecimal("0.5")), o.band()));
        } else {
          items.set(pick % items.size(), 50);
          events.set(at.get(), new OutcomeMeasured(o.date(), o.instrument(), List.copyOf(items), o.total(), o.band()));
        }
      }
      case EVENTS_REORDERED -> {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
          for (int j = i + 1; j < events.size(); j++) {
            if (!events.get(i).date().equals(events.get(j).date())) {
              pairs.add(new int[] {i, j});
            }
          }
        }
        if (pairs.isEmpty()) {
          return Optional.empty();
        }
        int[] pair = pairs.get(pick % pairs.size());
        PathwayEvent first = events.get(pair[0]);
        events.set(pair[0], events.get(pair[1]));
        events.set(pair[1], first);
      }
      case DRUG_CLASS_CHANGED, UNKNOWN_DRUG, OPIOID_TRIAL -> {
        Optional<Integer> at = pick(events, e -> e instanceof DrugTrialStarted, pick);
        if (at.isEmpty()) {
          return Optional.empty();
        }
        DrugTrialStarted t = (DrugTrialStarted) events.get(at.get());
        String drug = tamper == Tamper.UNKNOWN_DRUG ? "paroxetine" : tamper == Tamper.OPIOID_TRIAL ? "morphine" : t.drug();
        String drugClass =
            tamper == Tamper.OPIOID_TRIAL ? "OPIOID" : tamper == Tamper.DRUG_CLASS_CHANGED ? otherClass(t.drugClass()) : t.drugClass();
        events.set(
            at.get(),
            new DrugTrialStarted(
                t.date(), drug, drugClass, t.dose(), t.frequency(), t.titration(), t.target(), t.minimumAdequateTrialDays(), t.checkFindings(), t.citations()));
      }
    }
    return Optional.of(new CaseLog(log.schemaVersion(), patient, events));
  }

  private static Arbitrary<PathwayCase> after(PathwayCase c, int visits) {
    if (visits == 0) {
      return Arbitraries.just(c);
    }
    return PathwayVisits.daysBetweenVisits()
        .flatMap(days -> PathwayCommands.next(c.state(), c.today().plusDays(days)).flatMap(command -> after(c.visit(days, command), visits - 1)));
  }

  private static Optional<Integer> pick(List<PathwayEvent> events, Predicate<PathwayEvent> which, int pick) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (which.test(events.get(i))) {
        candidates.add(i);
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(pick % candidates.size()));
  }

  private static PathwayEvent multiplied(PathwayEvent event, int factor) {
    if (event instanceof DrugTrialStarted t) {
      return new DrugTrialStarted(
          t.date(), t.drug(), t.drugClass(), times(t.dose(), factor), t.frequency(), t.titration(), t.target(), t.minimumAdequateTrialDays(), t.checkFindings(), t.citations());
    }
    DoseChanged d = (DoseChanged) event;
    return new DoseChanged(d.date(), d.drug(), times(d.dose(), factor), d.frequency(), d.maximumTolerated(), d.checkFindings());
  }

  private static Dose times(Dose dose, int factor) {
    return new Dose(dose.amount().times(factor));
  }

  private static String otherClass(String drugClass) {
    return drugClass.equals("GABAPENTINOID") ? "SNRI" : "GABAPENTINOID";
  }
}
