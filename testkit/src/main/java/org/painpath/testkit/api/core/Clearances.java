package org.painpath.testkit.api.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;
import org.apiguardian.api.API;

/**
 * Creatinine clearances in steps of 0.1 mL/min (the resolution Cockcroft-Gault rounds to), with the
 * borders of the renal bands as edge cases: exactly 15, 30 and 60 mL/min (which belong to the band
 * above, see {@link ClearanceBand}) and 0.1 below each (which belong to the band below).
 */
@API(status = EXPERIMENTAL)
public final class Clearances {

  /** The borders the labels' renal bands are split at, in mL/min. */
  public static final List<CreatinineClearance> BAND_BORDERS =
      List.of(CreatinineClearance.of(15), CreatinineClearance.of(30), CreatinineClearance.of(60));

  /** 0.1 mL/min below each border: the highest clearance still in the band below. */
  public static final List<CreatinineClearance> JUST_BELOW_BAND_BORDERS =
      List.of(CreatinineClearance.of("14.9"), CreatinineClearance.of("29.9"), CreatinineClearance.of("59.9"));

  private static final BigDecimal STEP = new BigDecimal("0.1");

  private Clearances() {
    // Must never be called: static entry points only.
  }

  /**
   * 0 to 250 mL/min; edge cases 0, 250 and every band border and the value just below it.
   *
   * @return clearances over the whole plausible range, in mL/min
   */
  public static Arbitrary<CreatinineClearance> all() {
    return between(BigDecimal.ZERO, CreatinineClearance.HIGHEST_PLAUSIBLE);
  }

  /**
   * Only the band borders and the values just below them: 14.9, 15, 29.9, 30, 59.9, 60.
   *
   * @return the six border clearances
   */
  public static Arbitrary<CreatinineClearance> bandBorders() {
    return Arbitraries.of(
        JUST_BELOW_BAND_BORDERS.get(0),
        BAND_BORDERS.get(0),
        JUST_BELOW_BAND_BORDERS.get(1),
        BAND_BORDERS.get(1),
        JUST_BELOW_BAND_BORDERS.get(2),
        BAND_BORDERS.get(2));
  }

  /**
   * From {@code min} to {@code max} mL/min (both included); band borders inside the range are edge cases.
   *
   * @param min the lowest clearance, in mL/min
   * @param max the highest clearance, in mL/min
   * @return clearances in the range, step 0.1 mL/min
   */
  public static Arbitrary<CreatinineClearance> between(BigDecimal min, BigDecimal max) {
    BigDecimal low = min.setScale(1);
    BigDecimal high = max.setScale(1);
    if (low.signum() < 0 || low.compareTo(high) > 0 || high.compareTo(CreatinineClearance.HIGHEST_PLAUSIBLE) > 0) {
      throw new IllegalArgumentException("need 0 <= min <= max <= 250, got " + min + " and " + max);
    }
    BigDecimal[] edges =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(low, high),
                java.util.stream.Stream.concat(BAND_BORDERS.stream(), JUST_BELOW_BAND_BORDERS.stream())
                    .map(CreatinineClearance::mlPerMin))
            .filter(v -> v.compareTo(low) >= 0 && v.compareTo(high) <= 0)
            .map(v -> v.setScale(1))
            .distinct()
            .toArray(BigDecimal[]::new);
    return Arbitraries.bigDecimals()
        .between(low, high)
        .ofScale(1)
        .edgeCases(c -> c.add(edges))
        .map(CreatinineClearance::new);
  }

  /**
   * Clearances inside {@code band}: from its lower bound (or 0) to 0.1 below its upper bound (or 250).
   * Its borders are edge cases.
   *
   * @param band the renal band (GAB-R0 borders: 60, 30, 15 mL/min)
   * @return clearances inside the band
   */
  public static Arbitrary<CreatinineClearance> in(ClearanceBand band) {
    BigDecimal low = band.lower().orElse(BigDecimal.ZERO);
    BigDecimal high = band.upper().map(u -> u.subtract(STEP)).orElse(CreatinineClearance.HIGHEST_PLAUSIBLE);
    return between(low, high);
  }

  /**
   * Plausible serum creatinine results, half in mg/dL (0.1-25, step 0.01) and half in µmol/L (8.84-2210,
   * step 0.01); the ends of the plausible range are edge cases in both units.
   *
   * @return plausible serum creatinine results in either unit
   */
  public static Arbitrary<SerumCreatinine> serumCreatinines() {
    Arbitrary<SerumCreatinine> mgDl =
        Arbitraries.bigDecimals()
            .between(SerumCreatinine.LOWEST_PLAUSIBLE_MG_DL, SerumCreatinine.HIGHEST_PLAUSIBLE_MG_DL)
            .ofScale(2)
            .map(v -> new SerumCreatinine(v, CreatinineUnit.MG_PER_DL));
    Arbitrary<SerumCreatinine> umolL =
        Arbitraries.bigDecimals()
            .between(
                SerumCreatinine.LOWEST_PLAUSIBLE_MG_DL.multiply(SerumCreatinine.MICROMOL_PER_MG_DL),
                SerumCreatinine.HIGHEST_PLAUSIBLE_MG_DL.multiply(SerumCreatinine.MICROMOL_PER_MG_DL))
            .ofScale(2)
            .map(v -> new SerumCreatinine(v, CreatinineUnit.MICROMOL_PER_L));
    return Arbitraries.oneOf(mgDl, umolL);
  }
}
