package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Discharge the case from the pathway, with the reason. */
@JsonTypeName("discharge")
@API(status = EXPERIMENTAL)
public record Discharge(LocalDate date, String reason) implements Command {

  public Discharge {
    reason = CommandChecks.text(reason, "reason");
  }
}
