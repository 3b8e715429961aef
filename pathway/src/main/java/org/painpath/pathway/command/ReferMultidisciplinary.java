package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Refer for multidisciplinary biopsychosocial rehabilitation, with the reason. */
@JsonTypeName("refer-multidisciplinary")
public record ReferMultidisciplinary(LocalDate date, String reason) implements Command {

  public ReferMultidisciplinary {
    reason = CommandChecks.text(reason, "reason");
  }
}
