package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Start a non-drug treatment from the catalogue, by its id. */
@JsonTypeName("start-intervention")
public record StartIntervention(LocalDate date, String intervention) implements Command {

  public StartIntervention {
    intervention = CommandChecks.text(intervention, "intervention");
  }
}
