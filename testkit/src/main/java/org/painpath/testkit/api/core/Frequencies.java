package org.painpath.testkit.api.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * Frequencies as prescribers write them. Edge cases: once daily, every other day (half an
 * administration a day) and hourly (24 a day).
 */
@API(status = EXPERIMENTAL)
public final class Frequencies {

  /** The named frequencies of the core vocabulary. */
  public static final List<Frequency> NAMED =
      List.of(
          Frequency.ONCE_DAILY,
          Frequency.EVERY_MORNING,
          Frequency.AT_BEDTIME,
          Frequency.TWICE_DAILY,
          Frequency.THREE_TIMES_DAILY,
          Frequency.FOUR_TIMES_DAILY,
          Frequency.EVERY_OTHER_DAY,
          Frequency.PATCH_12H_ON_12H_OFF);

  /** Every interval in hours that {@link Frequency#everyHours(int)} accepts. */
  public static final List<Integer> EVEN_HOURLY_INTERVALS = List.of(1, 2, 3, 4, 6, 8, 12, 24, 48);

  private Frequencies() {
    // Must never be called: static entry points only.
  }

  /**
   * Every frequency that can be written: the named ones and every Q&lt;n&gt;H that divides a day.
   *
   * @return every writable frequency; QD, Q48H and Q1H are edge cases
   */
  public static Arbitrary<Frequency> all() {
    return Arbitraries.oneOf(named(), hourly())
        .edgeCases(c -> c.add(Frequency.ONCE_DAILY, Frequency.EVERY_OTHER_DAY, Frequency.everyHours(1)));
  }

  /**
   * The named frequencies: QD, QAM, QHS, BID, TID, QID, Q48H, 12H-ON-12H-OFF.
   *
   * @return the named frequencies
   */
  public static Arbitrary<Frequency> named() {
    return Arbitraries.of(NAMED);
  }

  /**
   * Q1H, Q2H, Q3H, Q4H, Q6H, Q8H, Q12H, Q24H and Q48H.
   *
   * @return the hourly frequencies
   */
  public static Arbitrary<Frequency> hourly() {
    return Arbitraries.of(EVEN_HOURLY_INTERVALS).map(Frequency::everyHours);
  }

  /**
   * Frequencies with a one-day period (everything but every other day).
   *
   * @return the frequencies that repeat every day
   */
  public static Arbitrary<Frequency> daily() {
    return all().filter(f -> f.periodDays() == 1);
  }

  /**
   * Valid frequency codes as text, in upper, lower or mixed case and with stray spaces.
   *
   * @return frequency codes that must parse
   */
  public static Arbitrary<String> codes() {
    return all()
        .map(Frequency::code)
        .flatMap(
            code ->
                Arbitraries.of(
                    code,
                    code.toLowerCase(Locale.ROOT),
                    " " + code + " ",
                    code.substring(0, 1).toLowerCase(Locale.ROOT) + code.substring(1)));
  }
}
