package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.apiguardian.api.API;

/**
 * A creatinine clearance (mL/min) measured on {@code date} (e.g. from a timed urine collection), used
 * as is, like {@code Patient.creatinineClearance}. It is not a LOINC-coded result because the
 * reference gives no LOINC code for a measured clearance (R39 lists none).
 *
 * @param date the day the clearance was measured
 * @param creatinineClearance the measured clearance in mL/min
 */
@JsonTypeName("creatinine-clearance-recorded")
@API(status = EXPERIMENTAL)
public record CreatinineClearanceRecorded(LocalDate date, CreatinineClearance creatinineClearance)
    implements PathwayEvent, PatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the clearance was measured
   * @param creatinineClearance the measured clearance in mL/min
   * @throws org.painpath.core.problem.InvalidInputException naming {@code date} and {@code creatinineClearance}
   *     when missing
   */
  public CreatinineClearanceRecorded {
    Problems.Collector problems = Problems.collector();
    FactChecks.date(date, problems);
    FactChecks.present(creatinineClearance, "creatinineClearance", problems);
    problems.throwIfAny();
  }
}
