package org.painpath.pharmacology.pack;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.drug.Indication;

/**
 * One drug's pack-only ceilings, derived once from its dosing rules by applying those rules ({@link
 * Ceilings}) to every indication and band: a checked cache of the JSON, not a second copy of its
 * numbers. A band whose maximum is continuous in the clearance ({@code proportionalToClearanceOf},
 * GAB-R4) keeps being computed. Built lazily, the first time a patient's limits are asked for the drug
 * ({@link DosingRules#ceilings()}), so loading the pack does not pay for drugs never asked about.
 * {@code DerivedCeilingsProperties} proves it equal to {@link RuleCeilings} for every input.
 */
final class DerivedCeilings implements PackCeilings {

  private static final Indication[] INDICATIONS = Indication.values();

  private final DosingRules dosing;
  private final DailyDose[] normal;
  private final @Nullable BigDecimal[] from;
  private final @Nullable BigDecimal[] below;
  /** By band, then indication; null where the band's maximum depends on the clearance. */
  private final @Nullable DailyDose[][] inBand;

  DerivedCeilings(DosingRules dosing) {
    this.dosing = dosing;
    normal = new DailyDose[INDICATIONS.length];
    for (Indication i : INDICATIONS) {
      normal[i.ordinal()] = Ceilings.normal(dosing, i);
    }
    List<RenalBandRule> bands = dosing.renalBands();
    from = new BigDecimal[bands.size()];
    below = new BigDecimal[bands.size()];
    inBand = new DailyDose[bands.size()][];
    for (int b = 0; b < bands.size(); b++) {
      RenalBandRule band = bands.get(b);
      from[b] = band.band().lower().orElse(null);
      below[b] = band.band().upper().orElse(null);
      inBand[b] = new DailyDose[INDICATIONS.length];
      if (band.proportionalToClearanceOf().isEmpty()) {
        for (Indication i : INDICATIONS) {
          // the clearance is read only by a proportional band: any value gives the band's maximum
          inBand[b][i.ordinal()] = Ceilings.inBand(band, dosing, i, BigDecimal.ZERO);
        }
      }
    }
  }

  @Override
  public DailyDose normal(Indication indication) {
    return normal[indication.ordinal()];
  }

  @Override
  public int bandIndex(BigDecimal crcl) {
    for (int b = 0; b < from.length; b++) {
      BigDecimal lower = from[b];
      BigDecimal upper = below[b];
      if ((lower == null || crcl.compareTo(lower) >= 0) && (upper == null || crcl.compareTo(upper) < 0)) {
        return b;
      }
    }
    return -1;
  }

  @Override
  public DailyDose inBand(int band, Indication indication, BigDecimal crcl) {
    DailyDose derived = inBand[band][indication.ordinal()];
    return derived != null ? derived : Ceilings.inBand(dosing.renalBands().get(band), dosing, indication, crcl);
  }
}
