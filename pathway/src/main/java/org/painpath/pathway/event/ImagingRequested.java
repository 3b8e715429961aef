package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Imaging was requested. {@code redFlagPresent} records whether a red flag indicating imaging was on
 * the case at the time; imaging without one is a pitfall (reference PIT-03, RF-09).
 */
@JsonTypeName("imaging-requested")
@API(status = EXPERIMENTAL)
public record ImagingRequested(LocalDate date, String region, String reason, boolean redFlagPresent)
    implements PathwayEvent {

  public ImagingRequested {
    region = EventChecks.text(region, "region");
    reason = EventChecks.text(reason, "reason");
  }
}
