package org.painpath.core.renal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.painpath.core.problem.InvalidInputException;

/**
 * Creatinine clearance in mL/min, the measure drug labels' renal bands are written on (reference
 * EQ-03, PGB-10). Not to be confused with eGFR, which is normalised to 1.73 m² and used for staging.
 */
public record CreatinineClearance(BigDecimal mlPerMin) implements Comparable<CreatinineClearance> {

  public static final BigDecimal HIGHEST_PLAUSIBLE = new BigDecimal("250");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CreatinineClearance {
    if (mlPerMin.signum() < 0 || mlPerMin.compareTo(HIGHEST_PLAUSIBLE) > 0) {
      throw InvalidInputException.of(
          "creatinineClearance",
          "implausible",
          mlPerMin.toPlainString() + " mL/min is outside the plausible range 0-250 mL/min");
    }
    mlPerMin = mlPerMin.stripTrailingZeros().scale() < 0 ? mlPerMin.setScale(0) : mlPerMin.stripTrailingZeros();
  }

  public static CreatinineClearance of(String mlPerMin) {
    return new CreatinineClearance(new BigDecimal(mlPerMin));
  }

  public static CreatinineClearance of(long mlPerMin) {
    return new CreatinineClearance(BigDecimal.valueOf(mlPerMin));
  }

  @JsonValue
  @Override
  public BigDecimal mlPerMin() {
    return mlPerMin;
  }

  @Override
  public int compareTo(CreatinineClearance other) {
    return mlPerMin.compareTo(other.mlPerMin);
  }

  @Override
  public String toString() {
    return mlPerMin.toPlainString() + " mL/min";
  }
}
