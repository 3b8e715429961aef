package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Record an imaging request; without a red flag it is accepted but warned about (reference PIT-03).
 *
 * @param date the day of the request
 * @param region the body region to image
 * @param reason why imaging is requested
 */
@JsonTypeName("request-imaging")
@API(status = EXPERIMENTAL)
public record RequestImaging(LocalDate date, String region, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the request
   * @param region the body region to image
   * @param reason why imaging is requested
   * @throws org.painpath.core.problem.InvalidInputException naming {@code region} or {@code reason} when blank
   */
  public RequestImaging {
    region = CommandChecks.text(region, "region");
    reason = CommandChecks.text(reason, "reason");
  }
}
