package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * An opioid the patient takes (prescribed outside the pathway, or found at review). The pathway never
 * starts one (reference PIT-01) but must see it to warn and to total the MME.
 *
 * @param date the day it was recorded
 * @param drug the opioid's name
 * @param dose the dose of each administration
 * @param frequency how often it is taken
 */
@JsonTypeName("opioid-recorded")
@API(status = EXPERIMENTAL)
public record OpioidRecorded(LocalDate date, String drug, Dose dose, Frequency frequency) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day it was recorded
   * @param drug the opioid's name
   * @param dose the dose of each administration
   * @param frequency how often it is taken
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public OpioidRecorded {
    drug = EventChecks.text(drug, "drug");
  }
}
