package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Do without the work-up, recording why (for example a complete recent work-up elsewhere). */
@JsonTypeName("skip-workup")
public record SkipWorkup(LocalDate date, String reason) implements Command {

  public SkipWorkup {
    reason = CommandChecks.text(reason, "reason");
  }
}
