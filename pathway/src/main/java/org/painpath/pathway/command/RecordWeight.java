package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.painpath.pathway.event.WeightRecorded;
import org.apiguardian.api.API;

/**
 * Record a body weight in kg measured on {@code date}.
 *
 * @param date the day the weight was measured
 * @param weightKg the body weight in kg
 */
@JsonTypeName("record-weight")
@API(status = EXPERIMENTAL)
public record RecordWeight(LocalDate date, BigDecimal weightKg) implements Command, RecordsPatientFact {

  /**
   * Validates the components.
   *
   * @param date the day the weight was measured
   * @param weightKg the body weight in kg
   * @throws org.painpath.core.problem.InvalidInputException naming each bad field, as the
   *     {@code WeightRecorded} event does
   */
  public RecordWeight {
    new WeightRecorded(date, weightKg); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public WeightRecorded fact() {
    return new WeightRecorded(date, weightKg);
  }
}
