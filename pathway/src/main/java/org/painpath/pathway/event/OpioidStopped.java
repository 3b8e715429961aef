package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A recorded opioid is no longer taken. */
@JsonTypeName("opioid-stopped")
public record OpioidStopped(LocalDate date, String drug) implements PathwayEvent {

  public OpioidStopped {
    drug = EventChecks.text(drug, "drug");
  }
}
