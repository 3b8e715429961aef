package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * Start a drug trial. Without a dose, the trial starts at the first step of pharmacology's titration
 * schedule for this patient; with one, dose and frequency are both given.
 *
 * @param date the day the trial starts
 * @param drug the drug, by its pack name, e.g. {@code gabapentin}
 * @param dose the starting dose of each administration, or null to start at the titration schedule's first step
 * @param frequency how often the dose is given, or null with a null dose
 */
@JsonTypeName("start-drug-trial")
@API(status = EXPERIMENTAL)
public record StartDrugTrial(LocalDate date, String drug, @Nullable Dose dose, @Nullable Frequency frequency)
    implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the trial starts
   * @param drug the drug, by its pack name, e.g. {@code gabapentin}
   * @param dose the starting dose of each administration, or null to start at the titration schedule's first
   *     step
   * @param frequency how often the dose is given, or null with a null dose
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank, or the one of
   *     {@code dose} and {@code frequency} missing when the other is given
   */
  public StartDrugTrial {
    drug = CommandChecks.text(drug, "drug");
    if ((dose == null) != (frequency == null)) {
      throw InvalidInputException.of(
          dose == null ? "dose" : "frequency", "required", "give dose and frequency together, or neither");
    }
  }

  /**
   * Starts a trial at the first step of pharmacology's titration schedule for this patient.
   *
   * @param date the day the trial starts
   * @param drug the drug, by its pack name
   * @return the command
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public static StartDrugTrial bySchedule(LocalDate date, String drug) {
    return new StartDrugTrial(date, drug, null, null);
  }
}
