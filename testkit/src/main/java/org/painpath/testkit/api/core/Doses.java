package org.painpath.testkit.api.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.apiguardian.api.API;

/**
 * Single doses and daily doses in milligrams, exact to one microgram. The generators around a ceiling
 * always try the three values a limit check turns on: nothing (0), the ceiling itself (allowed) and
 * the ceiling plus the {@linkplain #SMALLEST_STEP smallest step} (refused).
 */
@API(status = EXPERIMENTAL)
public final class Doses {

  /** The smallest difference between two generated doses: 0.001 mg (1 microgram). */
  public static final Quantity SMALLEST_STEP = Quantity.of("0.001", Unit.MILLIGRAM);

  private Doses() {
    // Must never be called: static entry points only.
  }

  /**
   * Single doses from 0 to 10,000 mg.
   *
   * @return single doses in mg
   */
  public static Arbitrary<Dose> milligrams() {
    return Quantities.milligrams().map(Dose::new);
  }

  /**
   * Single doses from 0 up to {@code ceiling} (included), in mg; 0 and the ceiling are edge cases.
   *
   * @param ceiling the largest dose to generate (a per-dose limit, for example)
   * @return doses that never exceed the ceiling
   */
  public static Arbitrary<Dose> milligramsUpTo(Dose ceiling) {
    return Quantities.between(BigDecimal.ZERO, milligramsOf(ceiling.amount()), Unit.MILLIGRAM).map(Dose::new);
  }

  /**
   * Single doses from 0 to twice {@code ceiling} (and at least the ceiling plus one step), in mg. Edge
   * cases: 0, the ceiling, and the ceiling plus {@link #SMALLEST_STEP}.
   *
   * @param ceiling the limit to generate doses around
   * @return doses on both sides of the ceiling, crowding it
   */
  public static Arbitrary<Dose> milligramsAround(Dose ceiling) {
    return around(milligramsOf(ceiling.amount())).map(Dose::new);
  }

  /**
   * Daily doses from 0 to 10,000 mg/day.
   *
   * @return daily doses in mg/day
   */
  public static Arbitrary<DailyDose> dailyMilligrams() {
    return Quantities.milligrams().map(DailyDose::new);
  }

  /**
   * Daily doses from 0 up to {@code ceiling} (included), in mg/day; 0 and the ceiling are edge cases.
   *
   * @param ceiling the largest daily dose to generate (a daily maximum, for example)
   * @return daily doses that never exceed the ceiling
   */
  public static Arbitrary<DailyDose> dailyMilligramsUpTo(DailyDose ceiling) {
    return Quantities.between(BigDecimal.ZERO, milligramsOf(ceiling.amount()), Unit.MILLIGRAM).map(DailyDose::new);
  }

  /**
   * Daily doses from 0 to twice {@code ceiling} (and at least the ceiling plus one step), in mg/day.
   * Edge cases: 0, the ceiling, and the ceiling plus {@link #SMALLEST_STEP}.
   *
   * @param ceiling the daily limit to generate doses around
   * @return daily doses on both sides of the ceiling, crowding it
   */
  public static Arbitrary<DailyDose> dailyMilligramsAround(DailyDose ceiling) {
    return around(milligramsOf(ceiling.amount())).map(DailyDose::new);
  }

  /**
   * The ceiling plus the smallest step, in mg: the first dose above it.
   *
   * @param ceiling the limit
   * @return the smallest generated amount that exceeds it
   */
  public static Quantity justAbove(Quantity ceiling) {
    return new Quantity(milligramsOf(ceiling), Unit.MILLIGRAM).plus(SMALLEST_STEP);
  }

  private static Arbitrary<Quantity> around(BigDecimal ceilingMg) {
    BigDecimal above = ceilingMg.add(SMALLEST_STEP.value());
    BigDecimal max = ceilingMg.add(ceilingMg).max(above);
    return Quantities.between(BigDecimal.ZERO, max, Unit.MILLIGRAM)
        .edgeCases(
            c ->
                c.add(
                    new Quantity(BigDecimal.ZERO, Unit.MILLIGRAM),
                    new Quantity(ceilingMg, Unit.MILLIGRAM),
                    new Quantity(above, Unit.MILLIGRAM)));
  }

  /** A mass ceiling in mg; it must be a whole number of micrograms. */
  private static BigDecimal milligramsOf(Quantity ceiling) {
    BigDecimal mg = ceiling.to(Unit.MILLIGRAM).value();
    if (mg.stripTrailingZeros().scale() > Quantities.DECIMAL_PLACES) {
      throw new IllegalArgumentException("a ceiling must be a whole number of micrograms, got " + ceiling);
    }
    return mg;
  }
}
