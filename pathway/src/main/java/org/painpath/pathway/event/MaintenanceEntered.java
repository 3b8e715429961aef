package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Improvement is documented; the case continues what works, with regular monitoring.
 *
 * @param date the day maintenance began
 * @param basis the documented improvement
 */
@JsonTypeName("maintenance-entered")
@API(status = EXPERIMENTAL)
public record MaintenanceEntered(LocalDate date, String basis) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day maintenance began
   * @param basis the documented improvement
   * @throws org.painpath.core.problem.InvalidInputException naming {@code basis} when blank
   */
  public MaintenanceEntered {
    basis = EventChecks.text(basis, "basis");
  }
}
