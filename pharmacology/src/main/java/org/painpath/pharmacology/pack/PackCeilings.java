package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.drug.Indication;
import org.apiguardian.api.API;

/**
 * The ceilings of one drug that depend only on the pack: the normal daily maximum per indication, the
 * renal band a clearance falls in, and the band's daily maximum. Two implementations give the same
 * answers: {@link RuleCeilings} applies the rules ({@link Ceilings}) on every call, {@code
 * DerivedCeilings} holds what the same rules gave once per drug (computing only what is continuous in
 * the clearance, GAB-R4's 300 x CrCl/15); a property proves them equal.
 */
@API(status = EXPERIMENTAL)
public interface PackCeilings {

  /** The label's daily maximum for the indication ({@link Ceilings#normal}). */
  DailyDose normal(Indication indication);

  /** The index in {@link DosingRules#renalBands()} of the band holding {@code crcl}; -1 if none does. */
  int bandIndex(BigDecimal crcl);

  /** The daily maximum in band {@code band} ({@link Ceilings#inBand}). */
  DailyDose inBand(int band, Indication indication, BigDecimal crcl);
}
