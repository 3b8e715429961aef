package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A dated fact about the patient recorded in the case (schema version 3): a laboratory result, a
 * measured clearance, a weight, a medication started or stopped outside the pathway, a condition
 * recorded or resolved. The patient as of a date is the case's initial patient with the facts dated on
 * or before it applied in log order ({@code org.painpath.pathway.facts}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type") // as PathwayEvent: a list of facts reads back
@JsonSubTypes({
  @JsonSubTypes.Type(ConditionRecorded.class),
  @JsonSubTypes.Type(ConditionResolved.class),
  @JsonSubTypes.Type(CreatinineClearanceRecorded.class),
  @JsonSubTypes.Type(LabResultRecorded.class),
  @JsonSubTypes.Type(MedicationStarted.class),
  @JsonSubTypes.Type(MedicationStopped.class),
  @JsonSubTypes.Type(WeightRecorded.class)
})
@API(status = EXPERIMENTAL)
public sealed interface PatientFact
    permits ConditionRecorded,
        ConditionResolved,
        CreatinineClearanceRecorded,
        LabResultRecorded,
        MedicationStarted,
        MedicationStopped,
        WeightRecorded {

  /**
   * The date the fact was measured or took effect.
   *
   * @return the date
   */
  LocalDate date();
}
