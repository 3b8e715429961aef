package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The case left the pathway (resolved, moved, declined...).
 *
 * @param date the day of discharge
 * @param reason why the case left the pathway
 */
@JsonTypeName("case-discharged")
@API(status = EXPERIMENTAL)
public record CaseDischarged(LocalDate date, String reason) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of discharge
   * @param reason why the case left the pathway
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public CaseDischarged {
    reason = EventChecks.text(reason, "reason");
  }
}
