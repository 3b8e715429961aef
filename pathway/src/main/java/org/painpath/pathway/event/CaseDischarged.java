package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The case left the pathway (resolved, moved, declined...). */
@JsonTypeName("case-discharged")
@API(status = EXPERIMENTAL)
public record CaseDischarged(LocalDate date, String reason) implements PathwayEvent {

  public CaseDischarged {
    reason = EventChecks.text(reason, "reason");
  }
}
