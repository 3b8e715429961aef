package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Stop a running non-drug treatment, saying why. */
@JsonTypeName("stop-intervention")
@API(status = EXPERIMENTAL)
public record StopIntervention(LocalDate date, String intervention, String reason) implements Command {

  public StopIntervention {
    intervention = CommandChecks.text(intervention, "intervention");
    reason = CommandChecks.text(reason, "reason");
  }
}
