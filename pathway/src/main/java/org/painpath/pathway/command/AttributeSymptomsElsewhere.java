package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Symptoms persisted two months off the statin: treat them as not statin-related (reference SAMS-05). */
@JsonTypeName("attribute-symptoms-elsewhere")
@API(status = EXPERIMENTAL)
public record AttributeSymptomsElsewhere(LocalDate date, String explanation) implements Command {

  public AttributeSymptomsElsewhere {
    explanation = CommandChecks.text(explanation, "explanation");
  }
}
