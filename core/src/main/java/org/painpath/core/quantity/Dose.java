package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.painpath.core.problem.MissingValueException;
import org.apiguardian.api.API;

/**
 * The amount given at one administration (one tablet's worth, one application of gel, one patch).
 * Deliberately a different type from {@link DailyDose}: a single dose can only be compared with a
 * single-dose limit, so a per-dose value is never checked against a daily maximum by mistake.
 *
 * @param amount the amount given at one administration, e.g. {@code 300 mg} or {@code 1 patch}
 */
@API(status = STABLE)
public record Dose(Quantity amount) implements Comparable<Dose> {

  /**
   * Also the JSON creator: a dose is written as its quantity.
   *
   * @param amount the amount of one administration
   * @throws org.painpath.core.problem.MissingValueException when {@code amount} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Dose {
    if (amount == null) {
      throw new MissingValueException("amount");
    }
  }

  /**
   * Reads a single dose from text such as {@code "300 mg"} or {@code "1 patch"}.
   *
   * @param text a number and a unit
   * @return the dose
   * @throws org.painpath.core.problem.InvalidInputException when the text is not a non-negative number and a
   *     known unit
   */
  public static Dose of(String text) {
    return new Dose(Quantity.parse(text));
  }

  /**
   * A single dose in mg.
   *
   * @param milligrams the milligrams, not negative
   * @return the dose
   * @throws org.painpath.core.problem.InvalidInputException when negative
   */
  public static Dose mg(long milligrams) {
    return new Dose(Quantity.mg(milligrams));
  }

  /**
   * A single dose in mg from decimal text, e.g. {@code "37.5"}.
   *
   * @param milligrams the milligrams as decimal text
   * @return the dose
   * @throws org.painpath.core.problem.InvalidInputException when the text is not a non-negative number
   */
  public static Dose mg(String milligrams) {
    return new Dose(Quantity.mg(milligrams));
  }

  /**
   * The amount given at one administration; also the JSON form.
   *
   * @return the amount
   */
  @JsonValue
  @Override
  public Quantity amount() {
    return amount;
  }

  /**
   * The sum of two single doses, e.g. two tablets taken together.
   *
   * @param other the other dose, of the same dimension
   * @return the sum, in this dose's unit
   * @throws org.painpath.core.problem.InvalidInputException when the units measure different things
   */
  public Dose plus(Dose other) {
    return new Dose(amount.plus(other.amount));
  }

  @Override
  public int compareTo(Dose other) {
    return amount.compareTo(other.amount);
  }

  /**
   * Whether this dose is above a single-dose limit (equal is within it).
   *
   * @param limit the single-dose maximum
   * @return true when strictly greater
   * @throws org.painpath.core.problem.InvalidInputException when the units measure different things
   */
  public boolean exceeds(Dose limit) {
    return amount.isGreaterThan(limit.amount);
  }

  @Override
  public String toString() {
    return amount.toString();
  }
}
