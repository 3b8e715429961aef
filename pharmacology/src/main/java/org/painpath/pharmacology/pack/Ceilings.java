package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;

/**
 * The ceilings a pack implies, computed the same way for the load-time checks and for a patient's
 * limits: a band or indication can only lower the general maximum, never raise it.
 */
@API(status = EXPERIMENTAL)
public final class Ceilings {

  private Ceilings() {}

  /**
   * The maximum daily dose for an indication with normal renal and hepatic function.
   *
   * @param dosing the drug's dosing rules
   * @param indication the indication; its ceiling applies only when lower than the general maximum
   * @return the lower of the label's general maximum and the indication's ceiling (e.g. pregabalin for
   *     DPN-like pain: 300 mg/day)
   */
  public static DailyDose normal(DosingRules dosing, Indication indication) {
    DailyDose max = dosing.maxDaily().asDailyDose();
    for (IndicationCeiling c : dosing.indicationCeilings()) {
      if (c.indication() == indication) {
        max = DailyDose.min(max, c.maxDaily().asDailyDose());
      }
    }
    return max;
  }

  /**
   * The ceiling a renal band sets for an indication at a given clearance (mL/min) within the band.
   *
   * @param band the renal band the clearance falls in
   * @param dosing the drug's dosing rules
   * @param indication the indication
   * @param clearance the creatinine clearance in mL/min, used where the band scales the dose with it
   *     (GAB-R4: 300 mg/day x CrCl/15)
   * @return the lowest of the normal maximum, the band's fixed and per-indication maxima, its fraction of
   *     the normal maximum and its clearance-proportional maximum (rounded down to 0.1)
   */
  public static DailyDose inBand(
      RenalBandRule band, DosingRules dosing, Indication indication, BigDecimal clearance) {
    DailyDose normal = normal(dosing, indication);
    DailyDose max = normal;
    if (band.maxDaily().isPresent()) {
      max = DailyDose.min(max, band.maxDaily().get().asDailyDose());
    }
    for (IndicationCeiling c : band.maxDailyByIndication()) {
      if (c.indication() == indication) {
        max = DailyDose.min(max, c.maxDaily().asDailyDose());
      }
    }
    if (band.factor().isPresent()) {
      max = DailyDose.min(max, normal.times(band.factor().get().value()));
    }
    if (band.proportionalToClearanceOf().isPresent()) {
      max = proportional(max, clearance, band.proportionalToClearanceOf().get().value());
    }
    return max;
  }

  /**
   * The ceiling at the top of a band, the highest it reaches anywhere in the band.
   *
   * @param band the renal band
   * @param dosing the drug's dosing rules
   * @param indication the indication
   * @return the ceiling at the band's upper bound (or at the highest plausible clearance for an open band)
   */
  public static DailyDose atBandTop(RenalBandRule band, DosingRules dosing, Indication indication) {

    BigDecimal top = band.belowExclusive().orElse(CreatinineClearance.HIGHEST_PLAUSIBLE);
    return inBand(band, dosing, indication, top);
  }

  /** {@code max x clearance / reference}, rounded down to 0.1 so the result never exceeds the label. */
  static DailyDose proportional(DailyDose max, BigDecimal clearance, BigDecimal reference) {
    if (clearance.compareTo(reference) >= 0) {
      return max;
    }
    BigDecimal scaled =
        max.amount().value().multiply(clearance).divide(reference, 1, RoundingMode.DOWN);
    return new DailyDose(new Quantity(scaled, max.amount().unit()));
  }
}
