package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Imaging was requested. {@code redFlagPresent} records whether a red flag indicating imaging was on
 * the case at the time; imaging without one is a pitfall (reference PIT-03, RF-09).
 *
 * @param date the day of the request
 * @param region the body region
 * @param reason why imaging was requested
 * @param redFlagPresent whether a red flag indicating imaging was on the case then
 */
@JsonTypeName("imaging-requested")
@API(status = EXPERIMENTAL)
public record ImagingRequested(LocalDate date, String region, String reason, boolean redFlagPresent)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the request
   * @param region the body region
   * @param reason why imaging was requested
   * @param redFlagPresent whether a red flag indicating imaging was on the case then
   * @throws org.painpath.core.problem.InvalidInputException naming {@code region} or {@code reason} when blank
   */
  public ImagingRequested {
    region = EventChecks.text(region, "region");
    reason = EventChecks.text(reason, "reason");
  }
}
