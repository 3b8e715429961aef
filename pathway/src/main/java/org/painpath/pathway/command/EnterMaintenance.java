package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Move to maintenance on a documented improvement, naming it. */
@JsonTypeName("enter-maintenance")
@API(status = EXPERIMENTAL)
public record EnterMaintenance(LocalDate date, String basis) implements Command {

  public EnterMaintenance {
    basis = CommandChecks.text(basis, "basis");
  }
}
