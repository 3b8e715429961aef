package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The drug has been tapered off. */
@JsonTypeName("complete-taper")
@API(status = EXPERIMENTAL)
public record CompleteTaper(LocalDate date, String drug) implements Command {

  public CompleteTaper {
    drug = CommandChecks.text(drug, "drug");
  }
}
