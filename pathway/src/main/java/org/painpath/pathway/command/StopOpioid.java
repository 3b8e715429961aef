package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A recorded opioid is no longer taken. */
@JsonTypeName("stop-opioid")
public record StopOpioid(LocalDate date, String drug) implements Command {

  public StopOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
