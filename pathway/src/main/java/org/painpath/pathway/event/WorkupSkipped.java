package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The diagnostic evaluation was not done, and why (e.g. complete work-up within the last month).
 *
 * @param date the day of the decision
 * @param reason why the work-up was not done
 */
@JsonTypeName("workup-skipped")
@API(status = EXPERIMENTAL)
public record WorkupSkipped(LocalDate date, String reason) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the decision
   * @param reason why the work-up was not done
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public WorkupSkipped {
    reason = EventChecks.text(reason, "reason");
  }
}
