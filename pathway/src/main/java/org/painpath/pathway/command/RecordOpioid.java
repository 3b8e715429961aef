package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/** Record an opioid the patient takes, so the plan can warn and total the MME. */
@JsonTypeName("record-opioid")
public record RecordOpioid(LocalDate date, String drug, Dose dose, Frequency frequency) implements Command {

  public RecordOpioid {
    drug = CommandChecks.text(drug, "drug");
  }
}
