package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Improvement is documented; the case continues what works, with regular monitoring. */
@JsonTypeName("maintenance-entered")
public record MaintenanceEntered(LocalDate date, String basis) implements PathwayEvent {

  public MaintenanceEntered {
    basis = EventChecks.text(basis, "basis");
  }
}
