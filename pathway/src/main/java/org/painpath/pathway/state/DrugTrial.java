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

  public DrugTrial {
    titration = List.copyOf(titration);
    citations = List.copyOf(citations);
  }

  public DailyDose dailyDose() {
    return DoseSchedules.daily(dose, frequency, schedule);
  }

  /** The dose as given: {@code dose frequency}, or the day's unequal doses at their times. */
  public String doseText() {
    DaySchedule doses = schedule;
    return doses == null ? dose + " " + frequency : doses.doses() + " " + frequency;
  }

  /**
   * The first day the trial counts as adequate, once the target has been reached; never for a drug
   * without a minimum adequate trial.
   */
  public @Nullable LocalDate adequateFrom() {
    LocalDate reached = targetReachedOn;
    Integer days = minimumAdequateTrialDays;
    return reached == null || days == null ? null : reached.plusDays(days);
  }

  public boolean isAdequateOn(LocalDate date) {
    LocalDate from = adequateFrom();
    return from != null && !date.isBefore(from);
  }

  public boolean countsAsFailed() {
    return outcome != null && outcome.countsAsFailedTrial();
  }

  public DrugTrial withDose(
      LocalDate on, Dose newDose, Frequency newFrequency, @Nullable DaySchedule newSchedule, boolean reachesTarget) {
    LocalDate reached = targetReachedOn != null ? targetReachedOn : (reachesTarget ? on : null);
    return new DrugTrial(
        drug, drugClass, startedOn, newDose, newFrequency, newSchedule, titration, target, minimumAdequateTrialDays, on, reached,
        baseline, status, outcome, endedOn, citations);
  }

  public DrugTrial ended(LocalDate on, TrialOutcome how) {
    TrialStatus next = how == TrialOutcome.RESPONDED ? TrialStatus.CONTINUING : TrialStatus.TAPERING;
    return new DrugTrial(
        drug, drugClass, startedOn, dose, frequency, schedule, titration, target, minimumAdequateTrialDays, lastDoseChangeOn,
        targetReachedOn, baseline, next, how, on, citations);
  }

  public DrugTrial off() {
    return new DrugTrial(
        drug, drugClass, startedOn, dose, frequency, schedule, titration, target, minimumAdequateTrialDays, lastDoseChangeOn,
        targetReachedOn, baseline, TrialStatus.OFF, outcome, endedOn, citations);
  }
}
