package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Do without the work-up, recording why (for example a complete recent work-up elsewhere). */
@JsonTypeName("skip-workup")
@API(status = EXPERIMENTAL)
public record SkipWorkup(LocalDate date, String reason) implements Command {

  public SkipWorkup {
    reason = CommandChecks.text(reason, "reason");
  }
}
