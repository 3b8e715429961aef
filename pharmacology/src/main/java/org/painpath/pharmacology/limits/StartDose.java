package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * The first dose of a titration and how often it is given.
 *
 * @param dose the first dose of each administration
 * @param frequency how often it is given
 */
@API(status = STABLE)
public record StartDose(Dose dose, Frequency frequency) {

  /**
   * The start's daily total.
   *
   * @return the daily total
   */
  public DailyDose daily() {
    return frequency.dailyTotal(dose);
  }
}
