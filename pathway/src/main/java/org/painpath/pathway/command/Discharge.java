package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Discharge the case from the pathway, with the reason. */
@JsonTypeName("discharge")
public record Discharge(LocalDate date, String reason) implements Command {

  public Discharge {
    reason = CommandChecks.text(reason, "reason");
  }
}
