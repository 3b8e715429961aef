package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.ConditionRecorded;
import org.apiguardian.api.API;

/**
 * Record a condition diagnosed or first recorded on {@code date} (ICD-10-CM or SNOMED CT).
 *
 * @param date the day the condition was diagnosed or first recorded
 * @param condition the condition, coded in ICD-10-CM or SNOMED CT
 */
@JsonTypeName("record-condition")
@API(status = EXPERIMENTAL)
public record RecordCondition(LocalDate date, Code condition) implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the condition was diagnosed or first recorded
   * @param condition the condition, coded in ICD-10-CM or SNOMED CT
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code ConditionRecorded} event does
   */
  public RecordCondition {
    new ConditionRecorded(date, condition); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public ConditionRecorded fact() {
    return new ConditionRecorded(date, condition);
  }
}
