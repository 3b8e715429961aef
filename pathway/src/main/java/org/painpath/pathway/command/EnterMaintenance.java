package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Move to maintenance on a documented improvement, naming it. */
@JsonTypeName("enter-maintenance")
public record EnterMaintenance(LocalDate date, String basis) implements Command {

  public EnterMaintenance {
    basis = CommandChecks.text(basis, "basis");
  }
}
