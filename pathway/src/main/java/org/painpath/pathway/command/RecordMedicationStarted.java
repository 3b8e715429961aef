package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pathway.event.MedicationStarted;

/** Record a medication started outside the pathway on {@code date} (another prescriber's opioid, statin or MAOI). */
@JsonTypeName("record-medication-started")
public record RecordMedicationStarted(LocalDate date, MedicationStatement medication) implements Command, RecordsPatientFact {

  public RecordMedicationStarted {
    new MedicationStarted(date, medication); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public MedicationStarted fact() {
    return new MedicationStarted(date, medication);
  }
}
