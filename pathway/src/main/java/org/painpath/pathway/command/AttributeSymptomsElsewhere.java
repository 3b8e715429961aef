package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Symptoms persisted two months off the statin: treat them as not statin-related (reference SAMS-05).
 *
 * @param date the day of the decision, at least two months after the statin was held
 * @param explanation what the symptoms are attributed to, in words
 */
@JsonTypeName("attribute-symptoms-elsewhere")
@API(status = EXPERIMENTAL)
public record AttributeSymptomsElsewhere(LocalDate date, String explanation) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the decision, at least two months after the statin was held
   * @param explanation what the symptoms are attributed to, in words
   * @throws org.painpath.core.problem.InvalidInputException naming {@code explanation} when blank
   */
  public AttributeSymptomsElsewhere {
    explanation = CommandChecks.text(explanation, "explanation");
  }
}
