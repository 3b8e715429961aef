package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * The first dose and how often it is given.
 *
 * @param dose the first dose of each administration, cited
 * @param frequency how often it is given
 */
@API(status = EXPERIMENTAL)
public record StartRule(CitedAmount dose, Frequency frequency) {

  /**
   * The start's daily total.
   *
   * @return the daily total
   */
  public DailyDose daily() {
    return frequency.dailyTotal(dose.asDose());
  }
}
