package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The diagnostic evaluation was not done, and why (e.g. complete work-up within the last month). */
@JsonTypeName("workup-skipped")
@API(status = EXPERIMENTAL)
public record WorkupSkipped(LocalDate date, String reason) implements PathwayEvent {

  public WorkupSkipped {
    reason = EventChecks.text(reason, "reason");
  }
}
