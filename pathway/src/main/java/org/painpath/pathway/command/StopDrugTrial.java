package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Stop a trial before (or after) its conclusion; the drug is then tapered. */
@JsonTypeName("stop-drug-trial")
public record StopDrugTrial(LocalDate date, String drug, StopReason reason) implements Command {

  public StopDrugTrial {
    drug = CommandChecks.text(drug, "drug");
  }
}
