package org.painpath.pharmacology.limits;

import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/** The first dose of a titration and how often it is given. */
public record StartDose(Dose dose, Frequency frequency) {

  public DailyDose daily() {
    return frequency.dailyTotal(dose);
  }
}
