package org.painpath.pharmacology.internal.check;

import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.CitedAmount;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.LabelledRegimen;

/**
 * The labelled regimen of the patient's renal band nearest to an ordered daily total and not above it
 * (issue 16): among the band's tabulated options (GAB-R2's BID doses) at a frequency the patient's
 * limits allow, the largest daily total that is at most the ordered total, the patient's daily maximum
 * and, per dose, the single maximum; on a tie, fewer administrations. Never above what was ordered, so
 * following the suggestion can only lower the exposure.
 */
record NearestRegimen(Dose dose, Frequency frequency, DailyDose daily, Citation citation) {

  static Optional<NearestRegimen> of(DosingRules dosing, DoseLimits limits, DailyDose ordered) {
    Optional<NearestRegimen> best = Optional.empty();
    for (LabelledRegimen row : BandRules.of(dosing, limits).map(b -> b.labelledRegimens()).orElse(java.util.List.of())) {
      Frequency f = row.frequency();
      if (f.periodDays() != 1 || !limits.allows(f)) {
        continue;
      }
      for (CitedAmount option : row.doses()) {
        Dose dose = option.asDose();
        DailyDose daily = new DailyDose(dose.amount().times(f.administrations()));
        boolean fits = daily.amount().dimension() == ordered.amount().dimension()
            && !daily.exceeds(ordered)
            && !daily.exceeds(limits.maxDaily())
            && limits.maxSingle().map(max -> !dose.exceeds(max)).orElse(true);
        if (!fits) {
          continue;
        }
        int better = best.isEmpty() ? 1 : daily.compareTo(best.get().daily());
        if (better > 0 || (better == 0 && f.administrations() < best.get().frequency().administrations())) {
          best = Optional.of(new NearestRegimen(dose, f, daily, option.citation()));
        }
      }
    }
    return best;
  }
}
