package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.MedicationStopped;
import org.apiguardian.api.API;

/**
 * Record that a medication the patient takes (RxNorm) stopped on {@code date}.
 *
 * @param date the day the medication was stopped
 * @param medication the medication, coded in RxNorm
 */
@JsonTypeName("record-medication-stopped")
@API(status = EXPERIMENTAL)
public record RecordMedicationStopped(LocalDate date, Code medication) implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the medication was stopped
   * @param medication the medication, coded in RxNorm
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code MedicationStopped} event does
   */
  public RecordMedicationStopped {
    new MedicationStopped(date, medication); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public MedicationStopped fact() {
    return new MedicationStopped(date, medication);
  }
}
