package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.intervention.Modality;

/** A non-drug treatment from the catalogue started; its modality is recorded as it was then. */
@JsonTypeName("intervention-started")
public record InterventionStarted(LocalDate date, String intervention, Modality modality) implements PathwayEvent {

  public InterventionStarted {
    intervention = EventChecks.text(intervention, "intervention");
  }
}
