package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.intervention.Modality;
import org.apiguardian.api.API;

/**
 * A non-drug treatment from the catalogue started; its modality is recorded as it was then.
 *
 * @param date the day the treatment started
 * @param intervention the intervention's catalogue id
 * @param modality how it is delivered, as the catalogue said then
 */
@JsonTypeName("intervention-started")
@API(status = EXPERIMENTAL)
public record InterventionStarted(LocalDate date, String intervention, Modality modality) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the treatment started
   * @param intervention the intervention's catalogue id
   * @param modality how it is delivered, as the catalogue said then
   * @throws org.painpath.core.problem.InvalidInputException naming {@code intervention} when blank
   */
  public InterventionStarted {
    intervention = EventChecks.text(intervention, "intervention");
  }
}
