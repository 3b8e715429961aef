package org.painpath.pharmacology.internal.schedule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * The doses of one administration day of a regimen item, one per administration in the order of its
 * clock times. An item given per administration gives its dose at each. An item given as a daily total is
 * split by the drug's split unit (PHARM-S06, DESIGN): every administration gets the same whole number of
 * units, and the units left over go one each to the last administrations of the day, so the doses rise
 * through the day, the last carries the remainder and no two differ by more than one unit (400 mg TID in
 * 100 mg units: 100, 100, 200; 500 mg: 100, 200, 200). The doses always add up to the total exactly.
 *
 * <p>A total that is not a whole number of units, or has fewer units than administrations, cannot be split
 * so ({@link #whole()} false): it is then read the way that makes the last dose largest, whole units below
 * the even share on every administration but the last and all the rest on the last (zero where there is
 * nothing to give), so the single-dose check sees the largest dose the order can mean. Nothing is rounded
 * away: the sum is still the total.
 *
 * @param doses the dose of each administration of one administration day (zero where a non-whole split
 *     leaves nothing)
 * @param whole whether every administration is a whole, non-zero number of split units (always true for an
 *     item given per administration)
 */
public record ItemDoses(List<Dose> doses, boolean whole) {

  /** Copies the doses. */
  public ItemDoses {
    doses = List.copyOf(doses);
  }

  /** The doses of {@code item} over one administration day, a daily total split in units of {@code splitUnit}. */
  public static ItemDoses of(RegimenItem item, Quantity splitUnit) {
    DailyDose total = item.dailyTotal();
    if (total == null) {
      return new ItemDoses(Collections.nCopies(item.frequency().administrations(), item.perDose().orElseThrow()), true);
    }
    return split(total.amount(), item.frequency().administrations(), splitUnit);
  }

  /**
   * {@code total} over {@code administrations} doses in whole {@code unit}s, the remainder on the last
   * doses; or, when that cannot be done, the reading with the largest last dose (see the type).
   */
  public static ItemDoses split(Quantity total, int administrations, Quantity unit) {
    if (unit.dimension() != total.dimension()) { // a unit mismatch, reported as such: no whole split exists
      List<Dose> doses = new ArrayList<>(Collections.nCopies(administrations - 1, dose(BigDecimal.ZERO, total)));
      doses.add(new Dose(total));
      return new ItemDoses(doses, false);
    }
    BigDecimal u = unit.to(total.unit()).value();
    BigDecimal[] unitsAndRest = total.value().divideAndRemainder(u);
    BigDecimal units = unitsAndRest[0];
    BigDecimal n = BigDecimal.valueOf(administrations);
    if (unitsAndRest[1].signum() == 0 && units.compareTo(n) >= 0) {
      BigDecimal[] shareAndLeft = units.divideAndRemainder(n);
      int left = shareAndLeft[1].intValueExact();
      Dose even = dose(shareAndLeft[0].multiply(u), total);
      Dose more = dose(shareAndLeft[0].add(BigDecimal.ONE).multiply(u), total);
      List<Dose> doses = new ArrayList<>(administrations);
      for (int i = 0; i < administrations; i++) {
        doses.add(i < administrations - left ? even : more);
      }
      return new ItemDoses(doses, true);
    }
    BigDecimal base = units.divideToIntegralValue(n).multiply(u);
    List<Dose> doses = new ArrayList<>(administrations);
    for (int i = 0; i < administrations - 1; i++) {
      doses.add(dose(base, total));
    }
    doses.add(dose(total.value().subtract(base.multiply(BigDecimal.valueOf(administrations - 1L))), total));
    return new ItemDoses(doses, false);
  }

  private static Dose dose(BigDecimal value, Quantity like) {
    return new Dose(new Quantity(value, like.unit()));
  }

  /** The largest dose of the day: what the single-dose maximum is checked against. */
  public Dose largest() {
    Dose largest = doses.get(0);
    for (Dose d : doses) {
      if (d.compareTo(largest) > 0) {
        largest = d;
      }
    }
    return largest;
  }
}
