package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Enter the pathway after failed conservative care, saying what was tried. */
@JsonTypeName("open-case")
@API(status = EXPERIMENTAL)
public record OpenCase(LocalDate date, String conservativeCare, boolean neuropathicComponent) implements Command {

  public OpenCase {
    conservativeCare = CommandChecks.text(conservativeCare, "conservativeCare");
  }
}
