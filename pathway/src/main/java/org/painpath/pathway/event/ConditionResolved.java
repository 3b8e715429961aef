package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A condition the patient had that resolved on {@code date}; matched by system and code against the
 * conditions in force (a log resolving one never recorded is refused when read).
 *
 * @param date the day the condition resolved
 * @param condition the condition, ICD-10-CM or SNOMED CT
 */
@JsonTypeName("condition-resolved")
@API(status = EXPERIMENTAL)
public record ConditionResolved(LocalDate date, Code condition) implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the condition resolved
   * @param condition the condition, ICD-10-CM or SNOMED CT
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} and {@code condition} when
   *     missing or the condition's code system is not one for conditions
   */
  public ConditionResolved {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    FactChecks.condition(condition, problems);
    problems.throwIfAny();
  }
}
