package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Stop a running non-drug treatment, saying why.
 *
 * @param date the day the treatment stops
 * @param intervention the intervention's catalogue id
 * @param reason why it stops
 */
@JsonTypeName("stop-intervention")
@API(status = EXPERIMENTAL)
public record StopIntervention(LocalDate date, String intervention, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the treatment stops
   * @param intervention the intervention's catalogue id
   * @param reason why it stops
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} or {@code reason} when
   *     blank
   */
  public StopIntervention {
    intervention = CommandChecks.text(intervention, "intervention");
    reason = CommandChecks.text(reason, "reason");
  }
}
