package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** A recorded opioid is no longer taken. */
@JsonTypeName("stop-opioid")
@API(status = EXPERIMENTAL)
public record StopOpioid(LocalDate date, String drug) implements Command {

  public StopOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
