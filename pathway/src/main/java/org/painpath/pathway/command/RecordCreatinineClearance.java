package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.apiguardian.api.API;

/** Record a creatinine clearance (mL/min) measured on {@code date} (PW-31). */
@JsonTypeName("record-creatinine-clearance")
@API(status = EXPERIMENTAL)
public record RecordCreatinineClearance(LocalDate date, CreatinineClearance creatinineClearance)
    implements Command, RecordsPatientFact {

  public RecordCreatinineClearance {
    new CreatinineClearanceRecorded(date, creatinineClearance); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public CreatinineClearanceRecorded fact() {
    return new CreatinineClearanceRecorded(date, creatinineClearance);
  }
}
