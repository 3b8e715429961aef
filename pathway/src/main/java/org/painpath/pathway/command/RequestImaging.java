package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Record an imaging request; without a red flag it is accepted but warned about (reference PIT-03). */
@JsonTypeName("request-imaging")
public record RequestImaging(LocalDate date, String region, String reason) implements Command {

  public RequestImaging {
    region = CommandChecks.text(region, "region");
    reason = CommandChecks.text(reason, "reason");
  }
}
