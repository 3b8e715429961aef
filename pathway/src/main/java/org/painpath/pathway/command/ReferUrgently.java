package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Hand the case over for same-day or emergency assessment on the clinician's judgement, with why. */
@JsonTypeName("refer-urgently")
public record ReferUrgently(LocalDate date, String reason) implements Command {

  public ReferUrgently {
    reason = CommandChecks.text(reason, "reason");
  }
}
