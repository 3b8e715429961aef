package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** A non-drug treatment ended (completed, not helping, not available...). */
@JsonTypeName("intervention-stopped")
@API(status = EXPERIMENTAL)
public record InterventionStopped(LocalDate date, String intervention, String reason) implements PathwayEvent {

  public InterventionStopped {
    intervention = EventChecks.text(intervention, "intervention");
    reason = EventChecks.text(reason, "reason");
  }
}
