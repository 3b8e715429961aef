package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Stop a trial before (or after) its conclusion; the drug is then tapered. */
@JsonTypeName("stop-drug-trial")
@API(status = EXPERIMENTAL)
public record StopDrugTrial(LocalDate date, String drug, StopReason reason) implements Command {

  public StopDrugTrial {
    drug = CommandChecks.text(drug, "drug");
  }
}
