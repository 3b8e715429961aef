package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A recorded opioid is no longer taken.
 *
 * @param date the day it was stopped
 * @param drug the opioid, as recorded
 */
@JsonTypeName("opioid-stopped")
@API(status = EXPERIMENTAL)
public record OpioidStopped(LocalDate date, String drug) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day it was stopped
   * @param drug the opioid, as recorded
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public OpioidStopped {
    drug = EventChecks.text(drug, "drug");
  }
}
