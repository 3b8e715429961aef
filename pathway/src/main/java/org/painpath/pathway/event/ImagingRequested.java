package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Imaging was requested. {@code redFlagPresent} records whether a red flag indicating imaging was on
 * the case at the time; imaging without one is a pitfall (reference PIT-03, RF-09).
 */
@JsonTypeName("imaging-requested")
public record ImagingRequested(LocalDate date, String region, String reason, boolean redFlagPresent)
    implements PathwayEvent {

  public ImagingRequested {
    region = EventChecks.text(region, "region");
    reason = EventChecks.text(reason, "reason");
  }
}
