package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A condition diagnosed or first recorded on {@code date} (ICD-10-CM or SNOMED CT, as
 * {@code Patient.conditions}).
 *
 * @param date the day the condition was diagnosed or first recorded
 * @param condition the condition, ICD-10-CM or SNOMED CT
 */
@JsonTypeName("condition-recorded")
@API(status = EXPERIMENTAL)
public record ConditionRecorded(LocalDate date, Code condition) implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the condition was diagnosed or first recorded
   * @param condition the condition, ICD-10-CM or SNOMED CT
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} and {@code condition} when
   *     missing or the condition's code system is not one for conditions
   */
  public ConditionRecorded {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    FactChecks.condition(condition, problems);
    problems.throwIfAny();
  }
}
