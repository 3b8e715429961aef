package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pathway.event.MedicationStarted;
import org.apiguardian.api.API;

/** Record a medication started outside the pathway on {@code date} (another prescriber's opioid, statin or MAOI). */
@JsonTypeName("record-medication-started")
@API(status = EXPERIMENTAL)
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
