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
 */
@API(status = STABLE)
public record ClearanceBand(@Nullable BigDecimal fromInclusive, @Nullable BigDecimal belowExclusive) {

  public ClearanceBand {
    if (fromInclusive != null && belowExclusive != null && fromInclusive.compareTo(belowExclusive) >= 0) {
      throw InvalidInputException.of(
          "band", "empty-band", "band [" + fromInclusive + ", " + belowExclusive + ") is empty");
    }
    if (fromInclusive != null && fromInclusive.signum() < 0) {
      throw InvalidInputException.of("band.fromInclusive", "negative", "a clearance bound cannot be negative");
    }
  }

  public static ClearanceBand atLeast(String from) {
    return new ClearanceBand(Inputs.decimal(from, "band.fromInclusive"), null);
  }

  public static ClearanceBand below(String below) {
    return new ClearanceBand(null, Inputs.decimal(below, "band.belowExclusive"));
  }

  public static ClearanceBand between(String from, String below) {
    return new ClearanceBand(Inputs.decimal(from, "band.fromInclusive"), Inputs.decimal(below, "band.belowExclusive"));
  }

  public boolean contains(CreatinineClearance clearance) {
    BigDecimal v = clearance.mlPerMin();
    return (fromInclusive == null || v.compareTo(fromInclusive) >= 0)
        && (belowExclusive == null || v.compareTo(belowExclusive) < 0);
  }

  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(fromInclusive);
  }

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
