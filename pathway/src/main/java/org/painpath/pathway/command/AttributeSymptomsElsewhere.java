package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Symptoms persisted two months off the statin: treat them as not statin-related (reference SAMS-05). */
@JsonTypeName("attribute-symptoms-elsewhere")
public record AttributeSymptomsElsewhere(LocalDate date, String explanation) implements Command {

  public AttributeSymptomsElsewhere {
    explanation = CommandChecks.text(explanation, "explanation");
  }
}
