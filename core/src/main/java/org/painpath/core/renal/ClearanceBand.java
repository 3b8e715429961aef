package org.painpath.core.renal;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/**
 * A range of creatinine clearance that a label gives its own dose for. The boundary convention is
 * fixed here, once, for every drug: the lower bound is included and the upper bound is not, so a
 * clearance of exactly 60 mL/min falls in the "60 and above" band and exactly 30 in "30 to under 60".
 * That settles the overlaps in the labels' own notation (reference GAB-R0, PGB-R0) the same way for
 * gabapentin and pregabalin. A missing bound means unbounded on that side.
 *
 * @param fromInclusive the lowest clearance in the band (mL/min), or null for no lower bound
 * @param belowExclusive the clearance the band stops below (mL/min), or null for no upper bound
 */
@API(status = STABLE)
public record ClearanceBand(@Nullable BigDecimal fromInclusive, @Nullable BigDecimal belowExclusive) {

  /**
   * Validates the bounds.
   *
   * @param fromInclusive the lowest clearance in the band (mL/min), or null
   * @param belowExclusive the clearance the band stops below (mL/min), or null
   * @throws org.painpath.core.problem.InvalidInputException when the band is empty or a bound is negative
   */
  public ClearanceBand {
    if (fromInclusive != null && belowExclusive != null && fromInclusive.compareTo(belowExclusive) >= 0) {
      throw InvalidInputException.of(
          "band", "empty-band", "band [" + fromInclusive + ", " + belowExclusive + ") is empty");
    }
    if (fromInclusive != null && fromInclusive.signum() < 0) {
      throw InvalidInputException.of("band.fromInclusive", "negative", "a clearance bound cannot be negative");
    }
  }

  /**
   * The band from a clearance upwards, e.g. {@code atLeast("60")} for "60 mL/min and above".
   *
   * @param from the lowest clearance in the band, decimal text in mL/min
   * @return the band
   * @throws org.painpath.core.problem.InvalidInputException naming {@code band.fromInclusive} when not a
   *     non-negative number
   */
  public static ClearanceBand atLeast(String from) {
    return new ClearanceBand(Inputs.decimal(from, "band.fromInclusive"), null);
  }

  /**
   * The band below a clearance, e.g. {@code below("15")} for "under 15 mL/min".
   *
   * @param below the clearance the band stops below, decimal text in mL/min
   * @return the band
   * @throws org.painpath.core.problem.InvalidInputException naming {@code band.belowExclusive} when not a
   *     number
   */
  public static ClearanceBand below(String below) {
    return new ClearanceBand(null, Inputs.decimal(below, "band.belowExclusive"));
  }

  /**
   * The band from one clearance to below another, e.g. {@code between("30", "60")} for "30 to under 60 mL/min".
   *
   * @param from the lowest clearance in the band (mL/min)
   * @param below the clearance the band stops below (mL/min)
   * @return the band
   * @throws org.painpath.core.problem.InvalidInputException when a bound is not a number or the band is empty
   */
  public static ClearanceBand between(String from, String below) {
    return new ClearanceBand(Inputs.decimal(from, "band.fromInclusive"), Inputs.decimal(below, "band.belowExclusive"));
  }

  /**
   * Whether a clearance falls in the band: lower bound included, upper bound excluded.
   *
   * @param clearance the patient's creatinine clearance
   * @return true when in the band
   */
  public boolean contains(CreatinineClearance clearance) {
    BigDecimal v = clearance.mlPerMin();
    return (fromInclusive == null || v.compareTo(fromInclusive) >= 0)
        && (belowExclusive == null || v.compareTo(belowExclusive) < 0);
  }

  /**
   * The lowest clearance in the band (mL/min).
   *
   * @return the lower bound, or empty when unbounded below
   */
  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(fromInclusive);
  }

  /**
   * The clearance the band stops below (mL/min).
   *
   * @return the upper bound, or empty when unbounded above
   */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(belowExclusive);
  }

  @Override
  public String toString() {
    BigDecimal from = fromInclusive;
    BigDecimal below = belowExclusive;
    if (from == null) {
      return below == null ? "any CrCl" : "CrCl < " + below.toPlainString() + " mL/min";
    }
    if (below == null) {
      return "CrCl >= " + from.toPlainString() + " mL/min";
    }
    return "CrCl " + from.toPlainString() + " to < " + below.toPlainString() + " mL/min";
  }
}
