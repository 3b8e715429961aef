package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Judge an adequate trial: responder (continue) or failed (taper), on the change in PEG or NRS from
 * the pre-trial baseline to the latest measure (reference PIT-09, OUT-02).
 *
 * @param date the day of the judgement; the trial must be adequate by then
 * @param drug the trial's drug, by its pack name
 */
@JsonTypeName("conclude-trial")
@API(status = EXPERIMENTAL)
public record ConcludeTrial(LocalDate date, String drug) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the judgement; the trial must be adequate by then
   * @param drug the trial's drug, by its pack name
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public ConcludeTrial {
    drug = CommandChecks.text(drug, "drug");
  }
}
