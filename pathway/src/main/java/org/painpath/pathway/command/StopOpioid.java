package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A recorded opioid is no longer taken.
 *
 * @param date the day the opioid was stopped
 * @param drug the opioid, as recorded
 */
@JsonTypeName("stop-opioid")
@API(status = EXPERIMENTAL)
public record StopOpioid(LocalDate date, String drug) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the opioid was stopped
   * @param drug the opioid, as recorded
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public StopOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
