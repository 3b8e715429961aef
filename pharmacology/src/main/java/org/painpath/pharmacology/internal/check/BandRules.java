package org.painpath.pharmacology.internal.check;

import java.util.Optional;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.RenalBandRule;

/** The pack's rule for the renal band a patient's limits applied (the one way rules find their band). */
final class BandRules {

  private BandRules() {}

  static Optional<RenalBandRule> of(DosingRules dosing, DoseLimits limits) {
    if (limits.renalBand().isEmpty()) {
      return Optional.empty();
    }
    ClearanceBand applied = limits.renalBand().get().band();
    for (RenalBandRule band : dosing.renalBands()) {
      if (band.band().equals(applied)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }
}
