package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.MissingValueException;
import org.apiguardian.api.API;

/**
 * Creatinine clearance in mL/min, the measure drug labels' renal bands are written on (reference
 * EQ-03, PGB-10). Not to be confused with eGFR, which is normalised to 1.73 m² and used for staging.
 *
 * @param mlPerMin the clearance in mL/min, 0 to 250
 */
@API(status = STABLE)
public record CreatinineClearance(BigDecimal mlPerMin) implements Comparable<CreatinineClearance> {

  /**
   * Highest clearance accepted (mL/min): above it an input is taken for a typo or a unit slip; Cockcroft-Gault
   * results are capped here.
   */
  public static final BigDecimal HIGHEST_PLAUSIBLE = new BigDecimal("250");

  /** More decimal places than this carry no information and would only make the value costly to print. */
  static final int MAX_DECIMAL_PLACES = 40;

  /**
   * Also the JSON creator: a clearance is written as a bare number of mL/min.
   *
   * @param mlPerMin the clearance in mL/min
   * @throws org.painpath.core.problem.InvalidInputException naming {@code creatinineClearance} when missing,
   *     outside 0-250 mL/min or given to more than 40 decimal places
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CreatinineClearance {
    if (mlPerMin == null) {
      throw new MissingValueException("creatinineClearance");
    }
    if (mlPerMin.signum() < 0 || mlPerMin.compareTo(HIGHEST_PLAUSIBLE) > 0) {
      throw InvalidInputException.of(
          "creatinineClearance",
          "implausible",
          Inputs.show(mlPerMin) + " mL/min is outside the plausible range 0-250 mL/min");
    }
    BigDecimal stripped = mlPerMin.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMAL_PLACES) {
      throw InvalidInputException.of(
          "creatinineClearance",
          "too-precise",
          "must have at most " + MAX_DECIMAL_PLACES + " decimal places, was " + Inputs.show(mlPerMin));
    }
    mlPerMin = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * A clearance from decimal text.
   *
   * @param mlPerMin mL/min as decimal text, e.g. {@code "42.5"}
   * @return the clearance
   * @throws org.painpath.core.problem.InvalidInputException naming {@code creatinineClearance} when not a
   *     number or implausible
   */
  public static CreatinineClearance of(String mlPerMin) {
    return new CreatinineClearance(Inputs.decimal(mlPerMin, "creatinineClearance"));
  }

  /**
   * A clearance from a whole number.
   *
   * @param mlPerMin mL/min
   * @return the clearance
   * @throws org.painpath.core.problem.InvalidInputException naming {@code creatinineClearance} when implausible
   */
  public static CreatinineClearance of(long mlPerMin) {
    return new CreatinineClearance(BigDecimal.valueOf(mlPerMin));
  }

  /**
   * The clearance in mL/min, without trailing zeros; also the JSON form.
   *
   * @return mL/min
   */
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
