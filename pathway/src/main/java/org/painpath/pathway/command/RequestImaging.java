package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Record an imaging request; without a red flag it is accepted but warned about (reference PIT-03). */
@JsonTypeName("request-imaging")
@API(status = EXPERIMENTAL)
public record RequestImaging(LocalDate date, String region, String reason) implements Command {

  public RequestImaging {
    region = CommandChecks.text(region, "region");
    reason = CommandChecks.text(reason, "reason");
  }
}
