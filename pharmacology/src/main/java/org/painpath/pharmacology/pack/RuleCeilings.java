package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;

/** The pack's ceilings worked out by the rules on every call: what {@code DerivedCeilings} is checked against. */
@API(status = EXPERIMENTAL)
public record RuleCeilings(DosingRules dosing) implements PackCeilings {

  @Override
  public DailyDose normal(Indication indication) {
    return Ceilings.normal(dosing, indication);
  }

  @Override
  public int bandIndex(BigDecimal crcl) {
    CreatinineClearance clearance = new CreatinineClearance(crcl);
    for (int i = 0; i < dosing.renalBands().size(); i++) {
      if (dosing.renalBands().get(i).band().contains(clearance)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public DailyDose inBand(int band, Indication indication, BigDecimal crcl) {
    return Ceilings.inBand(dosing.renalBands().get(band), dosing, indication, crcl);
  }
}
