package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Improvement is documented; the case continues what works, with regular monitoring. */
@JsonTypeName("maintenance-entered")
@API(status = EXPERIMENTAL)
public record MaintenanceEntered(LocalDate date, String basis) implements PathwayEvent {

  public MaintenanceEntered {
    basis = EventChecks.text(basis, "basis");
  }
}
