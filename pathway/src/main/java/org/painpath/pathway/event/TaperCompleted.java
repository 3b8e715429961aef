package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A drug that ended its trial has been tapered off and is no longer taken. */
@JsonTypeName("taper-completed")
public record TaperCompleted(LocalDate date, String drug) implements PathwayEvent {

  public TaperCompleted {
    drug = EventChecks.text(drug, "drug");
  }
}
