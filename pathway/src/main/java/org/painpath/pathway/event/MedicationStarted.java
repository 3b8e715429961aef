package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A medication started outside the pathway on {@code date} (another prescriber's opioid, statin or
 * MAOI, say), in the shape of the patient's current medications. It is taken from that date, so it
 * carries no stop date; a log starting one already taken is refused when read (record the stop first).
 *
 * @param date the day the medication was started
 * @param medication the medication, coded in RxNorm, without a stop date
 */
@JsonTypeName("medication-started")
@API(status = EXPERIMENTAL)
public record MedicationStarted(LocalDate date, MedicationStatement medication) implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the medication was started
   * @param medication the medication, coded in RxNorm, without a stop date
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} or {@code medication} when
   *     missing, {@code medication.stoppedOn} when given
   */
  public MedicationStarted {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    if (FactChecks.present(medication, "medication", problems)) {
      problems.check(
          medication.isCurrent(),
          "medication.stoppedOn",
          "stopped-medication-started",
          () -> "a medication started is taken: its stop date (" + medication.stoppedOn() + ") belongs in a medication-stopped event");
    }
    problems.throwIfAny();
  }
}
