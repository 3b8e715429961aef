package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * Record an opioid the patient takes, so the plan can warn and total the MME.
 *
 * @param date the day it is recorded
 * @param drug the opioid's name, e.g. {@code tramadol}
 * @param dose the dose of each administration
 * @param frequency how often it is taken
 */
@JsonTypeName("record-opioid")
@API(status = EXPERIMENTAL)
public record RecordOpioid(LocalDate date, String drug, Dose dose, Frequency frequency) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day it is recorded
   * @param drug the opioid's name, e.g. {@code tramadol}
   * @param dose the dose of each administration
   * @param frequency how often it is taken
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public RecordOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
