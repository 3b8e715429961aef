package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The diagnostic evaluation was not done, and why (e.g. complete work-up within the last month). */
@JsonTypeName("workup-skipped")
public record WorkupSkipped(LocalDate date, String reason) implements PathwayEvent {

  public WorkupSkipped {
    reason = EventChecks.text(reason, "reason");
  }
}
