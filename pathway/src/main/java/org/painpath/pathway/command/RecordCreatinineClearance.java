package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.apiguardian.api.API;

/**
 * Record a creatinine clearance (mL/min) measured on {@code date} (PW-31).
 *
 * @param date the day the clearance was measured
 * @param creatinineClearance the clearance in mL/min
 */
@JsonTypeName("record-creatinine-clearance")
@API(status = EXPERIMENTAL)
public record RecordCreatinineClearance(LocalDate date, CreatinineClearance creatinineClearance)
    implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the clearance was measured
   * @param creatinineClearance the clearance in mL/min
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code CreatinineClearanceRecorded} event does
   */
  public RecordCreatinineClearance {
    new CreatinineClearanceRecorded(date, creatinineClearance); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public CreatinineClearanceRecorded fact() {
    return new CreatinineClearanceRecorded(date, creatinineClearance);
  }
}
