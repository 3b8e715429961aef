package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.painpath.core.quantity.DailyDose;

/**
 * How many administrations a day a renal band's label gives for maintenance doses from a daily total
 * up (gabapentin at CrCl &ge; 60 mL/min: 900-3600 mg/day three times a day, GAB-R1). Below that total
 * the titration's fewer administrations stay labelled (GAB-01's 300 mg at bedtime, 300 mg twice a day).
 *
 * @param fromDaily the daily total from which the rule applies
 * @param administrationsPerDay the fewest administrations a day the label gives from that total
 */
@API(status = EXPERIMENTAL)
public record MaintenanceSplit(CitedAmount fromDaily, CitedCount administrationsPerDay) {

  /**
   * Whether a day's total given in {@code administrations} administrations breaks the rule.
   *
   * @param daily the day's total of the ingredient
   * @param administrations the administrations that day (doses given together count once)
   * @return true when the total reaches {@code fromDaily} in fewer administrations than the label gives
   */
  public boolean brokenBy(DailyDose daily, int administrations) {
    return !fromDaily.asDailyDose().exceeds(daily) && administrations < administrationsPerDay.value();
  }
}
