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
 */
@API(status = STABLE)
public record DailyDose(Quantity amount) implements Comparable<DailyDose> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DailyDose {
    if (amount == null) {
      throw new MissingValueException("amount");
    }
  }

  public static DailyDose of(String text) {
    return new DailyDose(Quantity.parse(text));
  }

  public static DailyDose mg(long milligrams) {
    return new DailyDose(Quantity.mg(milligrams));
  }

  public static DailyDose mg(String milligrams) {
    return new DailyDose(Quantity.mg(milligrams));
  }

  public static DailyDose zero(Unit unit) {
    return new DailyDose(new Quantity(BigDecimal.ZERO, unit));
  }

  @JsonValue
  @Override
  public Quantity amount() {
    return amount;
  }

  public DailyDose plus(DailyDose other) {
    return new DailyDose(amount.plus(other.amount));
  }

  public DailyDose minus(DailyDose other) {
    return new DailyDose(amount.minus(other.amount));
  }

  /** Scales a daily amount, e.g. a renal ceiling of 75 % of the usual maximum. */
  public DailyDose times(BigDecimal factor) {
    return new DailyDose(amount.times(factor));
  }

  public DailyDose to(Unit unit) {
    return new DailyDose(amount.to(unit));
  }

  @Override
  public int compareTo(DailyDose other) {
    return amount.compareTo(other.amount);
  }

  public boolean exceeds(DailyDose limit) {
    return amount.isGreaterThan(limit.amount);
  }

  public static DailyDose min(DailyDose a, DailyDose b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public String toString() {
    return amount + "/day";
  }
}
