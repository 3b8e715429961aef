package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * A titration step (or a step down) of an active trial, accepted by pharmacology's check.
 * {@code maximumTolerated} records the clinician's judgement that this dose is the most the patient
 * tolerates, which makes it the trial's target (reference PIT-09). {@code schedule}, when present, is the
 * step's day of unequal doses ({@link DoseSchedules}); absent, the JSON is what it always was.
 *
 * @param date the day of the change
 * @param drug the trial's drug, by its pack name
 * @param dose the new dose of each administration (the day's largest when {@code schedule} is given)
 * @param frequency how often the dose is given
 * @param maximumTolerated whether this is the most the patient tolerates, making it the trial's target (PIT-09)
 * @param checkFindings the warnings of pharmacology's check of the new regimen
 * @param schedule the day's unequal doses, or null
 */
@JsonTypeName("dose-changed")
@API(status = EXPERIMENTAL)
public record DoseChanged(
    LocalDate date,
    String drug,
    Dose dose,
    Frequency frequency,
    boolean maximumTolerated,
    List<Finding> checkFindings,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DaySchedule schedule)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the change
   * @param drug the trial's drug, by its pack name
   * @param dose the new dose of each administration (the day's largest when {@code schedule} is given)
   * @param frequency how often the dose is given
   * @param maximumTolerated whether this is the most the patient tolerates, making it the trial's target
   *     (PIT-09)
   * @param checkFindings the warnings of pharmacology's check of the new regimen
   * @param schedule the day's unequal doses, or null
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank, or the schedule's
   *     fields when it disagrees with the dose and frequency
   */
  public DoseChanged {
    drug = EventChecks.text(drug, "drug");
    checkFindings = List.copyOf(checkFindings);
    DoseSchedules.check(dose, frequency, schedule);
  }

  /**
   * One dose at a frequency.
   *
   * @param date the day of the change
   * @param drug the trial's drug
   * @param dose the new dose of each administration
   * @param frequency how often it is given
   * @param maximumTolerated whether this is the most the patient tolerates
   * @param checkFindings the check's warnings
   */
  public DoseChanged(
      LocalDate date, String drug, Dose dose, Frequency frequency, boolean maximumTolerated, List<Finding> checkFindings) {
    this(date, drug, dose, frequency, maximumTolerated, checkFindings, null);
  }

  /**
   * The amount taken over a day after the change.
   *
   * @return the daily total
   */
  public DailyDose daily() {
    return DoseSchedules.daily(dose, frequency, schedule);
  }
}
