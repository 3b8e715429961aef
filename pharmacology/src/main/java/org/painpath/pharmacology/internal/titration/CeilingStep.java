package org.painpath.pharmacology.internal.titration;

import java.util.Optional;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * The patient's maximum daily dose as one day's doses, split as a titration step would be (whole split
 * units, each dose within the single-dose ceiling): what a recorded dose above the limits is reduced to
 * (issue 12). Empty for a drug to avoid, or a ceiling smaller than one split unit.
 */
public final class CeilingStep {

  private CeilingStep() {}

  public static Optional<TitrationStep> of(DoseLimits limits, DosingRules dosing) {
    if (limits.avoid()) {
      return Optional.empty();
    }
    DailyDose ceiling = Titrator.floorToUnit(limits.maxDaily(), dosing);
    if (ceiling.amount().isZero()) {
      return Optional.empty();
    }
    return Optional.of(DaySplitter.step(1, ceiling, limits, dosing));
  }
}
