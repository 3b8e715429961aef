package org.painpath.pharmacology;

import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

/** One drug of a proposed regimen: the pack name, the dose per administration and the frequency. */
public record RegimenItem(String drug, Dose dose, Frequency frequency) {

  public RegimenItem {
    Problems.Collector problems = Problems.collector();
    problems.check(!drug.isBlank(), "drug", "blank", "a regimen item names its drug");
    problems.check(!dose.amount().isZero(), "dose", "zero", "a dose of zero is not a dose");
    problems.throwIfAny();
  }

  public static RegimenItem of(String drug, String dose, String frequency) {
    return new RegimenItem(drug, Dose.of(dose), Frequency.parse(frequency));
  }

  public DailyDose daily() {
    return frequency.dailyTotal(dose);
  }
}
