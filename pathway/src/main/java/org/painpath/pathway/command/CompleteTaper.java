package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The drug has been tapered off.
 *
 * @param date the day the last dose was taken
 * @param drug the tapered drug, by its pack name
 */
@JsonTypeName("complete-taper")
@API(status = EXPERIMENTAL)
public record CompleteTaper(LocalDate date, String drug) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the last dose was taken
   * @param drug the tapered drug, by its pack name
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public CompleteTaper {
    drug = CommandChecks.text(drug, "drug");
  }
}
