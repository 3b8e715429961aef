package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Refer for multidisciplinary biopsychosocial rehabilitation, with the reason. */
@JsonTypeName("refer-multidisciplinary")
@API(status = EXPERIMENTAL)
public record ReferMultidisciplinary(LocalDate date, String reason) implements Command {

  public ReferMultidisciplinary {
    reason = CommandChecks.text(reason, "reason");
  }
}
