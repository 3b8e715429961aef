package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.WeightBasis;
import org.apiguardian.api.API;

/**
 * A body weight in kg measured on {@code date}; held to the patient's plausible range (25-350 kg).
 *
 * @param date the day the weight was measured
 * @param weightKg the body weight in kg, 25 to 350
 */
@JsonTypeName("weight-recorded")
@API(status = EXPERIMENTAL)
public record WeightRecorded(LocalDate date, BigDecimal weightKg) implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the weight was measured
   * @param weightKg the body weight in kg, 25 to 350
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} or {@code weightKg} when
   *     missing, {@code weightKg} when implausible
   */
  public WeightRecorded {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    if (FactChecks.present(weightKg, "weightKg", problems)) {
      // the patient's own rule, so a weight accepted here is one the patient accepts
      problems.addAll(Patient.measurementProblems(Optional.of(weightKg), Optional.empty(), WeightBasis.ACTUAL));
    }
    problems.throwIfAny();
  }
}
