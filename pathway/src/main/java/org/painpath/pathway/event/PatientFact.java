package org.painpath.pathway.event;

import java.time.LocalDate;

/**
 * A dated fact about the patient recorded in the case (schema version 3): a laboratory result, a
 * measured clearance, a weight, a medication started or stopped outside the pathway, a condition
 * recorded or resolved. The patient as of a date is the case's initial patient with the facts dated on
 * or before it applied in log order ({@code org.painpath.pathway.facts}).
 */
public sealed interface PatientFact
    permits ConditionRecorded,
        ConditionResolved,
        CreatinineClearanceRecorded,
        LabResultRecorded,
        MedicationStarted,
        MedicationStopped,
        WeightRecorded {

  /** The date the fact was measured or took effect. */
  LocalDate date();
}
