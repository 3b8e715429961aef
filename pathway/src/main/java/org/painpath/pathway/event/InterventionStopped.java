package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A non-drug treatment ended (completed, not helping, not available...). */
@JsonTypeName("intervention-stopped")
public record InterventionStopped(LocalDate date, String intervention, String reason) implements PathwayEvent {

  public InterventionStopped {
    intervention = EventChecks.text(intervention, "intervention");
    reason = EventChecks.text(reason, "reason");
  }
}
