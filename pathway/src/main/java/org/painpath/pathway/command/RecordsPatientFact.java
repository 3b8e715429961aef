package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.pathway.event.PathwayEvent;
import org.apiguardian.api.API;

/**
 * A command that records one fact about the patient (issue 13, PW-30): the fact's event is built, and
 * so checked, when the command is, so a bad value is refused naming its field before anything is
 * decided. The decider then asks only whether the fact can follow the facts in force (PW-33).
 */
@API(status = EXPERIMENTAL)
public sealed interface RecordsPatientFact
    permits RecordCondition,
        RecordCreatinineClearance,
        RecordLabResult,
        RecordMedicationStarted,
        RecordMedicationStopped,
        RecordWeight,
        ResolveCondition {

  /**
   * The event (a {@link org.painpath.pathway.event.PatientFact}) this command records.
   *
   * @return the patient-fact event
   */
  PathwayEvent fact();
}
