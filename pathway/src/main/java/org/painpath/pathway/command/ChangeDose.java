package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/**
 * Titrate an active trial to a new dose. {@code maximumTolerated} says the patient tolerates no more,
 * which makes this dose the trial's target (reference PIT-09).
 */
@JsonTypeName("change-dose")
public record ChangeDose(LocalDate date, String drug, Dose dose, Frequency frequency, boolean maximumTolerated)
    implements Command {

  public ChangeDose {
    drug = CommandChecks.text(drug, "drug");
  }
}
