package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pathway.event.MedicationStarted;
import org.apiguardian.api.API;

/**
 * Record a medication started outside the pathway on {@code date} (another prescriber's opioid, statin or
 * MAOI).
 *
 * @param date the day the medication was started
 * @param medication the medication, coded in RxNorm, with its daily dose when known
 */
@JsonTypeName("record-medication-started")
@API(status = EXPERIMENTAL)
public record RecordMedicationStarted(LocalDate date, MedicationStatement medication) implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the medication was started
   * @param medication the medication, coded in RxNorm, with its daily dose when known
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code MedicationStarted} event does
   */
  public RecordMedicationStarted {
    new MedicationStarted(date, medication); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public MedicationStarted fact() {
    return new MedicationStarted(date, medication);
  }
}
