package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** A recorded opioid is no longer taken. */
@JsonTypeName("opioid-stopped")
@API(status = EXPERIMENTAL)
public record OpioidStopped(LocalDate date, String drug) implements PathwayEvent {

  public OpioidStopped {
    drug = EventChecks.text(drug, "drug");
  }
}
