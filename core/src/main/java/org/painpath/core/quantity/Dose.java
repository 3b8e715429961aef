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
 */
@API(status = STABLE)
public record Dose(Quantity amount) implements Comparable<Dose> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public Dose {
    if (amount == null) {
      throw new MissingValueException("amount");
    }
  }

  public static Dose of(String text) {
    return new Dose(Quantity.parse(text));
  }

  public static Dose mg(long milligrams) {
    return new Dose(Quantity.mg(milligrams));
  }

  public static Dose mg(String milligrams) {
    return new Dose(Quantity.mg(milligrams));
  }

  @JsonValue
  @Override
  public Quantity amount() {
    return amount;
  }

  public Dose plus(Dose other) {
    return new Dose(amount.plus(other.amount));
  }

  @Override
  public int compareTo(Dose other) {
    return amount.compareTo(other.amount);
  }

  public boolean exceeds(Dose limit) {
    return amount.isGreaterThan(limit.amount);
  }

  @Override
  public String toString() {
    return amount.toString();
  }
}
