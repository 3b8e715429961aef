package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Stop a trial before (or after) its conclusion; the drug is then tapered.
 *
 * @param date the day the trial is stopped
 * @param drug the trial's drug, by its pack name
 * @param reason why it is stopped
 */
@JsonTypeName("stop-drug-trial")
@API(status = EXPERIMENTAL)
public record StopDrugTrial(LocalDate date, String drug, StopReason reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the trial is stopped
   * @param drug the trial's drug, by its pack name
   * @param reason why it is stopped
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public StopDrugTrial {
    drug = CommandChecks.text(drug, "drug");
  }
}
