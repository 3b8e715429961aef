package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/** Record an opioid the patient takes, so the plan can warn and total the MME. */
@JsonTypeName("record-opioid")
@API(status = EXPERIMENTAL)
public record RecordOpioid(LocalDate date, String drug, Dose dose, Frequency frequency) implements Command {

  public RecordOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
