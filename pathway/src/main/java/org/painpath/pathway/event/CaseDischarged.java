package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The case left the pathway (resolved, moved, declined...). */
@JsonTypeName("case-discharged")
public record CaseDischarged(LocalDate date, String reason) implements PathwayEvent {

  public CaseDischarged {
    reason = EventChecks.text(reason, "reason");
  }
}
