package org.painpath.pathway.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.problem.Problems;

/**
 * The checks the patient-fact events share. Each adds to a collector and answers whether the value
 * may be looked at further, so an event names every bad field at once and never dereferences a null.
 */
final class FactChecks {

  private FactChecks() {}

  static boolean present(@Nullable Object value, String field, Problems.Collector problems) {
    return problems.check(value != null, field, "required", "is required");
  }

  static void date(LocalDate date, Problems.Collector problems) {
    present(date, "date", problems);
  }

  /** A condition is coded as the patient's conditions are: ICD-10-CM or SNOMED CT. */
  static void condition(Code condition, Problems.Collector problems) {
    if (present(condition, "condition", problems)) {
      problems.check(
          condition.system() == CodeSystem.ICD_10_CM || condition.system() == CodeSystem.SNOMED_CT,
          "condition.system",
          "not-a-condition-code",
          () -> "a condition is coded in ICD-10-CM or SNOMED CT, was " + condition.system().label());
    }
  }
}
