package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A medication taken outside the pathway (RxNorm, matched by code against the medications in force)
 * stopped on {@code date}. The patient keeps it as a statement stopped on that date, which washout
 * rules (an MAOI stopped less than 14 days ago) need; a log stopping one not taken is refused when read.
 *
 * @param date the day the medication was stopped
 * @param medication the medication, coded in RxNorm
 */
@JsonTypeName("medication-stopped")
@API(status = EXPERIMENTAL)
public record MedicationStopped(LocalDate date, Code medication) implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the medication was stopped
   * @param medication the medication, coded in RxNorm
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} or {@code medication} when
   *     missing, {@code medication.system} when not RxNorm
   */
  public MedicationStopped {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    if (FactChecks.present(medication, "medication", problems)) {
      problems.check(
          medication.system() == CodeSystem.RXNORM,
          "medication.system",
          "not-rxnorm",
          () -> "a medication must be coded in RxNorm, was " + medication.system().label());
    }
    problems.throwIfAny();
  }
}
