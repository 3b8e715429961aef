package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Start a non-drug treatment from the catalogue, by its id.
 *
 * @param date the day the treatment starts
 * @param intervention the intervention's catalogue id
 */
@JsonTypeName("start-intervention")
@API(status = EXPERIMENTAL)
public record StartIntervention(LocalDate date, String intervention) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the treatment starts
   * @param intervention the intervention's catalogue id
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} when blank
   */
  public StartIntervention {
    intervention = CommandChecks.text(intervention, "intervention");
  }
}
