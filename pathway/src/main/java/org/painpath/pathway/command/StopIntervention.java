package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Stop a running non-drug treatment, saying why. */
@JsonTypeName("stop-intervention")
public record StopIntervention(LocalDate date, String intervention, String reason) implements Command {

  public StopIntervention {
    intervention = CommandChecks.text(intervention, "intervention");
    reason = CommandChecks.text(reason, "reason");
  }
}
