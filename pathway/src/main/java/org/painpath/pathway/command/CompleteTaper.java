package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The drug has been tapered off. */
@JsonTypeName("complete-taper")
public record CompleteTaper(LocalDate date, String drug) implements Command {

  public CompleteTaper {
    drug = CommandChecks.text(drug, "drug");
  }
}
