package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/**
 * A titration step (or a step down) of an active trial, accepted by pharmacology's check.
 * {@code maximumTolerated} records the clinician's judgement that this dose is the most the patient
 * tolerates, which makes it the trial's target (reference PIT-09).
 */
@JsonTypeName("dose-changed")
public record DoseChanged(
    LocalDate date, String drug, Dose dose, Frequency frequency, boolean maximumTolerated, List<Finding> checkFindings)
    implements PathwayEvent {

  public DoseChanged {
    drug = EventChecks.text(drug, "drug");
    checkFindings = List.copyOf(checkFindings);
  }
}
