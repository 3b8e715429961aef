package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.ConditionResolved;
import org.apiguardian.api.API;

/**
 * Record that a condition among the patient's resolved on {@code date}.
 *
 * @param date the day the condition resolved
 * @param condition the condition, as recorded
 */
@JsonTypeName("resolve-condition")
@API(status = EXPERIMENTAL)
public record ResolveCondition(LocalDate date, Code condition) implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the condition resolved
   * @param condition the condition, as recorded
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code ConditionResolved} event does
   */
  public ResolveCondition {
    new ConditionResolved(date, condition); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public ConditionResolved fact() {
    return new ConditionResolved(date, condition);
  }
}
