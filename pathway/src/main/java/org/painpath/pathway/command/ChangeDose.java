package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.event.DoseSchedules;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/**
 * Titrate an active trial to a new dose. {@code maximumTolerated} says the patient tolerates no more,
 * which makes this dose the trial's target (reference PIT-09). A step whose doses are unequal gives its
 * day of doses as {@code schedule} ({@link DoseSchedules}: {@code dose} is then its largest dose); without
 * one, {@code dose} is taken at {@code frequency}, and the JSON is what it always was.
 *
 * @param date the day of the change
 * @param drug the drug of the active trial, by its pack name
 * @param dose the new dose of each administration (the largest of the day when {@code schedule} is given)
 * @param frequency how often the dose is given
 * @param maximumTolerated true when the patient tolerates no more: this dose becomes the trial's target
 *     (PIT-09)
 * @param schedule the day's unequal doses at their times, or null when {@code dose} is given at
 *     {@code frequency}
 */
@JsonTypeName("change-dose")
@API(status = EXPERIMENTAL)
public record ChangeDose(
    LocalDate date,
    String drug,
    Dose dose,
    Frequency frequency,
    boolean maximumTolerated,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DaySchedule schedule)
    implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the change
   * @param drug the drug of the active trial, by its pack name
   * @param dose the new dose of each administration (the largest of the day when {@code schedule} is given)
   * @param frequency how often the dose is given
   * @param maximumTolerated true when the patient tolerates no more: this dose becomes the trial's target
   *     (PIT-09)
   * @param schedule the day's unequal doses at their times, or null when {@code dose} is given at
   *     {@code frequency}
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank, or the schedule's
   *     fields when it disagrees with {@code dose} and {@code frequency}
   */
  public ChangeDose {
    drug = CommandChecks.text(drug, "drug");
    DoseSchedules.check(dose, frequency, schedule);
  }

  /**
   * One dose at a frequency.
   *
   * @param date the day of the change
   * @param drug the drug of the active trial
   * @param dose the new dose of each administration
   * @param frequency how often it is given
   * @param maximumTolerated true when the patient tolerates no more
   */
  public ChangeDose(LocalDate date, String drug, Dose dose, Frequency frequency, boolean maximumTolerated) {
    this(date, drug, dose, frequency, maximumTolerated, null);
  }

  /**
   * The change that carries out a planned titration (or reduction) step exactly, unequal doses included.
   *
   * @param date the day of the change
   * @param drug the drug of the active trial
   * @param step the planned step, from the plan's titration or reduction
   * @param maximumTolerated true when the patient tolerates no more
   * @return the command
   */
  public static ChangeDose toStep(LocalDate date, String drug, PlannedStep step, boolean maximumTolerated) {
    return new ChangeDose(
        date, drug, step.schedule().largestDose(), step.frequency(), maximumTolerated, DoseSchedules.ofStep(step));
  }

  /**
   * The amount taken over a day after the change.
   *
   * @return the new daily total
   */
  public DailyDose daily() {
    return DoseSchedules.daily(dose, frequency, schedule);
  }
}
