package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.painpath.core.problem.MissingValueException;
import org.apiguardian.api.API;

/**
 * The total given over one day. Compared only with daily limits; see {@link Dose} for why the two
 * never mix.
 *
 * @param amount the total over one day, e.g. {@code 900 mg}
 */
@API(status = STABLE)
public record DailyDose(Quantity amount) implements Comparable<DailyDose> {

  /**
   * Also the JSON creator: a daily dose is written as its quantity.
   *
   * @param amount the total over one day
   * @throws org.painpath.core.problem.MissingValueException when {@code amount} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DailyDose {
    if (amount == null) {
      throw new MissingValueException("amount");
    }
  }

  /**
   * Reads a daily total from text such as {@code "900 mg"}.
   *
   * @param text a number and a unit
   * @return the daily dose
   * @throws org.painpath.core.problem.InvalidInputException when the text is not a non-negative number and a
   *     known unit
   */
  public static DailyDose of(String text) {
    return new DailyDose(Quantity.parse(text));
  }

  /**
   * A daily total in mg.
   *
   * @param milligrams the milligrams per day, not negative
   * @return the daily dose
   * @throws org.painpath.core.problem.InvalidInputException when negative
   */
  public static DailyDose mg(long milligrams) {
    return new DailyDose(Quantity.mg(milligrams));
  }

  /**
   * A daily total in mg from decimal text, e.g. {@code "37.5"}.
   *
   * @param milligrams the milligrams per day as decimal text
   * @return the daily dose
   * @throws org.painpath.core.problem.InvalidInputException when the text is not a non-negative number
   */
  public static DailyDose mg(String milligrams) {
    return new DailyDose(Quantity.mg(milligrams));
  }

  /**
   * Nothing per day, e.g. the total of a drug once it is stopped.
   *
   * @param unit the unit to carry
   * @return zero in {@code unit}
   */
  public static DailyDose zero(Unit unit) {
    return new DailyDose(new Quantity(BigDecimal.ZERO, unit));
  }

  /**
   * The amount over one day; also the JSON form.
   *
   * @return the amount
   */
  @JsonValue
  @Override
  public Quantity amount() {
    return amount;
  }

  /**
   * The sum of two daily totals, e.g. the same ingredient in two regimen items.
   *
   * @param other the other total, of the same dimension
   * @return the sum, in this dose's unit
   * @throws org.painpath.core.problem.InvalidInputException when the units measure different things
   */
  public DailyDose plus(DailyDose other) {
    return new DailyDose(amount.plus(other.amount));
  }

  /**
   * The difference of two daily totals, e.g. a dose step down.
   *
   * @param other the total to take away
   * @return the difference, in this dose's unit
   * @throws org.painpath.core.problem.InvalidInputException when the result would be negative or the units
   *     measure different things
   */
  public DailyDose minus(DailyDose other) {
    return new DailyDose(amount.minus(other.amount));
  }

  /**
   * Scales a daily amount, e.g. a renal ceiling of 75 % of the usual maximum.
   *
   * @param factor the factor, not negative, e.g. {@code 0.75}
   * @return the scaled total
   */
  public DailyDose times(BigDecimal factor) {
    return new DailyDose(amount.times(factor));
  }

  /**
   * The same total in another unit of the same dimension (exact).
   *
   * @param unit the target unit
   * @return the converted total
   * @throws org.painpath.core.problem.InvalidInputException when the unit measures something else
   */
  public DailyDose to(Unit unit) {
    return new DailyDose(amount.to(unit));
  }

  @Override
  public int compareTo(DailyDose other) {
    return amount.compareTo(other.amount);
  }

  /**
   * Whether this total is above a daily limit (equal is within it).
   *
   * @param limit the daily maximum
   * @return true when strictly greater
   * @throws org.painpath.core.problem.InvalidInputException when the units measure different things
   */
  public boolean exceeds(DailyDose limit) {
    return amount.isGreaterThan(limit.amount);
  }

  /**
   * The smaller of two daily totals, e.g. the tighter of two ceilings.
   *
   * @param a one total
   * @param b the other, of the same dimension
   * @return the smaller ({@code a} when equal)
   */
  public static DailyDose min(DailyDose a, DailyDose b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public String toString() {
    return amount + "/day";
  }
}
