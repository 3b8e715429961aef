package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A non-drug treatment ended (completed, not helping, not available...).
 *
 * @param date the day the treatment stopped
 * @param intervention the intervention's catalogue id
 * @param reason why it stopped
 */
@JsonTypeName("intervention-stopped")
@API(status = EXPERIMENTAL)
public record InterventionStopped(LocalDate date, String intervention, String reason) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the treatment stopped
   * @param intervention the intervention's catalogue id
   * @param reason why it stopped
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} or {@code reason} when
   *     blank
   */
  public InterventionStopped {
    intervention = EventChecks.text(intervention, "intervention");
    reason = EventChecks.text(reason, "reason");
  }
}
