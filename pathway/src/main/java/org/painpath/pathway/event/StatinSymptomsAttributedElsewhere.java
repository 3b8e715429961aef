package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Symptoms persisted two months off the statin, so they are no longer taken to be statin-related
 * (reference SAMS-05): other causes are considered and the original statin may be resumed.
 *
 * @param date the day of the decision
 * @param explanation what the symptoms are attributed to
 */
@JsonTypeName("statin-symptoms-attributed-elsewhere")
@API(status = EXPERIMENTAL)
public record StatinSymptomsAttributedElsewhere(LocalDate date, String explanation) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the decision
   * @param explanation what the symptoms are attributed to
   * @throws org.painpath.core.problem.InvalidInputException naming {@code explanation} when blank
   */
  public StatinSymptomsAttributedElsewhere {
    explanation = EventChecks.text(explanation, "explanation");
  }
}
