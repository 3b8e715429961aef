package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Enter the pathway after failed conservative care, saying what was tried. */
@JsonTypeName("open-case")
public record OpenCase(LocalDate date, String conservativeCare, boolean neuropathicComponent) implements Command {

  public OpenCase {
    conservativeCare = CommandChecks.text(conservativeCare, "conservativeCare");
  }
}
