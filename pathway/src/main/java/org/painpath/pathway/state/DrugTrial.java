package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.event.DoseSchedules;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.event.TrialOutcome;
import org.apiguardian.api.API;

/**
 * One drug trial of a case. It becomes adequate once the target daily dose (or the maximum tolerated
 * dose) has been held for the drug's minimum adequate trial (reference PIT-09); {@code baseline} is
 * the last pain measure before it started, against which its effect is judged. {@code schedule} is the
 * day of doses taken now when they are unequal (else {@code dose} is taken at {@code frequency}).
 *
 * @param drug the drug's pack name, e.g. {@code duloxetine}
 * @param drugClass the drug's class, e.g. {@code SNRI}
 * @param startedOn the day the trial started
 * @param dose the dose of each administration now
 * @param frequency how often {@code dose} is given
 * @param schedule the day's unequal doses at their times, or null when {@code dose} is given at
 *     {@code frequency}
 * @param titration the planned steps to the target
 * @param target the target daily dose of the trial
 * @param minimumAdequateTrialDays days at the target before the trial can be judged (PIT-09), or null when the
 *     drug has none
 * @param lastDoseChangeOn the day of the latest dose change (the start for none)
 * @param targetReachedOn the day the target was reached, or null
 * @param baseline the last pain measure before the start, or null when none was taken
 * @param status where the trial stands
 * @param outcome how the trial ended, or null while active
 * @param endedOn the day the trial was concluded, or null
 * @param citations the citations of the dose plan
 */
@API(status = EXPERIMENTAL)
public record DrugTrial(
    String drug,
    String drugClass,
    LocalDate startedOn,
    Dose dose,
    Frequency frequency,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DaySchedule schedule,
    List<PlannedStep> titration,
    DailyDose target,
    @Nullable Integer minimumAdequateTrialDays,
    LocalDate lastDoseChangeOn,
    @Nullable LocalDate targetReachedOn,
    @Nullable OutcomeMeasured baseline,
    TrialStatus status,
    @Nullable TrialOutcome outcome,
    @Nullable LocalDate endedOn,
    List<Citation> citations) {

  /**
   * Copies the lists.
   *
   * @param drug the drug's pack name
   * @param drugClass the drug's class
   * @param startedOn the start day
   * @param dose the dose now
   * @param frequency the frequency
   * @param schedule unequal doses, or null
   * @param titration the planned steps
   * @param target the target daily dose
   * @param minimumAdequateTrialDays the minimum adequate trial in days, or null
   * @param lastDoseChangeOn the latest dose change
   * @param targetReachedOn the day the target was reached, or null
   * @param baseline the baseline pain measure, or null
   * @param status the status
   * @param outcome the outcome, or null
   * @param endedOn the day concluded, or null
   * @param citations the citations
   */
  public DrugTrial {
    titration = List.copyOf(titration);
    citations = List.copyOf(citations);
  }

  /**
   * The daily total taken now, from the dose and frequency or the unequal day's doses.
   *
   * @return the daily dose
   */
  public DailyDose dailyDose() {
    return DoseSchedules.daily(dose, frequency, schedule);
  }

  /**
   * The dose as given: {@code dose frequency}, or the day's unequal doses at their times.
   *
   * @return the dose in words, e.g. {@code 300 mg TID}
   */
  public String doseText() {
    DaySchedule doses = schedule;
    return doses == null ? dose + " " + frequency : doses.doses() + " " + frequency;
  }

  /**
   * The first day the trial counts as adequate, once the target has been reached; never for a drug
   * without a minimum adequate trial.
   *
   * @return the date, or null when not yet determined
   */
  public @Nullable LocalDate adequateFrom() {
    LocalDate reached = targetReachedOn;
    Integer days = minimumAdequateTrialDays;
    return reached == null || days == null ? null : reached.plusDays(days);
  }

  /**
   * Whether the trial is adequate (target held for the minimum adequate trial, PIT-09) on a date.
   *
   * @param date the date to judge
   * @return true from {@link #adequateFrom()} on
   */
  public boolean isAdequateOn(LocalDate date) {
    LocalDate from = adequateFrom();
    return from != null && !date.isBefore(from);
  }

  /**
   * Whether the trial counts as failed toward escalation (too little effect after an adequate trial, or
   * intolerable effects).
   *
   * @return true when its outcome is a failure
   */
  public boolean countsAsFailed() {
    return outcome != null && outcome.countsAsFailedTrial();
  }

  /**
   * The trial after a dose change.
   *
   * @param on the day of the change
   * @param newDose the new dose of each administration
   * @param newFrequency the new frequency
   * @param newSchedule the new unequal doses, or null
   * @param reachesTarget whether the new dose reaches the target
   * @return the changed trial
   */
  public DrugTrial withDose(
      LocalDate on, Dose newDose, Frequency newFrequency, @Nullable DaySchedule newSchedule, boolean reachesTarget) {
    LocalDate reached = targetReachedOn != null ? targetReachedOn : (reachesTarget ? on : null);
    return new DrugTrial(
        drug, drugClass, startedOn, newDose, newFrequency, newSchedule, titration, target, minimumAdequateTrialDays, on, reached,
        baseline, status, outcome, endedOn, citations);
  }

  /**
   * The trial once concluded: continuing after a response, tapering otherwise.
   *
   * @param on the day concluded
   * @param how the outcome
   * @return the concluded trial
   */
  public DrugTrial ended(LocalDate on, TrialOutcome how) {
    TrialStatus next = how == TrialOutcome.RESPONDED ? TrialStatus.CONTINUING : TrialStatus.TAPERING;
    return new DrugTrial(
        drug, drugClass, startedOn, dose, frequency, schedule, titration, target, minimumAdequateTrialDays, lastDoseChangeOn,
        targetReachedOn, baseline, next, how, on, citations);
  }

  /**
   * The trial once the drug is no longer taken.
   *
   * @return the trial with status {@link TrialStatus#OFF}
   */
  public DrugTrial off() {
    return new DrugTrial(
        drug, drugClass, startedOn, dose, frequency, schedule, titration, target, minimumAdequateTrialDays, lastDoseChangeOn,
        targetReachedOn, baseline, TrialStatus.OFF, outcome, endedOn, citations);
  }
}
