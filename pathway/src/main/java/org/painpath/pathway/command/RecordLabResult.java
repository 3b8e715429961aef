package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.LabResultRecorded;
import org.apiguardian.api.API;

/**
 * Record a laboratory result measured on {@code date} (a work-up LOINC; a creatinine above all).
 *
 * @param date the day the sample was taken
 * @param loinc the test, coded in LOINC
 * @param value the result
 * @param unit the result's unit as reported, e.g. {@code mg/dL}
 * @param lowerLimit the laboratory's lower reference limit, or null
 * @param upperLimit the laboratory's upper reference limit, or null
 */
@JsonTypeName("record-lab-result")
@API(status = EXPERIMENTAL)
public record RecordLabResult(
    LocalDate date,
    Code loinc,
    BigDecimal value,
    String unit,
    @Nullable BigDecimal lowerLimit,
    @Nullable BigDecimal upperLimit)
    implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the sample was taken
   * @param loinc the test, coded in LOINC
   * @param value the result
   * @param unit the result's unit as reported, e.g. {@code mg/dL}
   * @param lowerLimit the laboratory's lower reference limit, or null
   * @param upperLimit the laboratory's upper reference limit, or null
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code LabResultRecorded} event does
   */
  public RecordLabResult {
    new LabResultRecorded(date, loinc, value, unit, lowerLimit, upperLimit); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public LabResultRecorded fact() {
    return new LabResultRecorded(date, loinc, value, unit, lowerLimit, upperLimit);
  }
}
