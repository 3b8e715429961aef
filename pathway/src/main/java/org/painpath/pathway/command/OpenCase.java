package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Enter the pathway after failed conservative care, saying what was tried.
 *
 * @param date the day the case enters the pathway
 * @param conservativeCare the conservative care that failed, in words
 * @param neuropathicComponent whether the pain has a neuropathic component (widens the drug candidates)
 */
@JsonTypeName("open-case")
@API(status = EXPERIMENTAL)
public record OpenCase(LocalDate date, String conservativeCare, boolean neuropathicComponent) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day the case enters the pathway
   * @param conservativeCare the conservative care that failed, in words
   * @param neuropathicComponent whether the pain has a neuropathic component (widens the drug candidates)
   * @throws org.painpath.core.problem.InvalidInputException naming {@code conservativeCare} when blank
   */
  public OpenCase {
    conservativeCare = CommandChecks.text(conservativeCare, "conservativeCare");
  }
}
