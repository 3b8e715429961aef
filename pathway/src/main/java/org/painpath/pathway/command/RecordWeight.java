package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.painpath.pathway.event.WeightRecorded;

/** Record a body weight in kg measured on {@code date}. */
@JsonTypeName("record-weight")
public record RecordWeight(LocalDate date, BigDecimal weightKg) implements Command, RecordsPatientFact {

  public RecordWeight {
    new WeightRecorded(date, weightKg); // its checks, naming each field
  }

  @Override
  @JsonIgnore
  public WeightRecorded fact() {
    return new WeightRecorded(date, weightKg);
  }
}
