package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Move to maintenance on a documented improvement, naming it.
 *
 * @param date the day maintenance begins
 * @param basis the documented improvement it rests on
 */
@JsonTypeName("enter-maintenance")
@API(status = EXPERIMENTAL)
public record EnterMaintenance(LocalDate date, String basis) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day maintenance begins
   * @param basis the documented improvement it rests on
   * @throws org.painpath.core.problem.InvalidInputException naming {@code basis} when blank
   */
  public EnterMaintenance {
    basis = CommandChecks.text(basis, "basis");
  }
}
