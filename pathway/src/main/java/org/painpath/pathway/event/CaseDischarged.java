package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The case left the pathway (resolved, moved, declined...).
 *
 * @param date the day of discharge
 * @param reason why the case left the pathway
 */
@JsonTypeName("case-discharged")
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
