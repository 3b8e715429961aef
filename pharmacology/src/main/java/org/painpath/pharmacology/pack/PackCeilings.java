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

  /**
   * The label's daily maximum for the indication ({@link Ceilings#normal}).
   *
   * @param indication the indication
   * @return the maximum with normal renal and hepatic function
   */
  DailyDose normal(Indication indication);

  /**
   * The index in {@link DosingRules#renalBands()} of the band holding {@code crcl}; -1 if none does.
   *
   * @param crcl the creatinine clearance in mL/min
   * @return the band's index, or -1 when no band holds it (a drug without renal bands, or a clearance outside every band)
   */
  int bandIndex(BigDecimal crcl);

  /**
   * The daily maximum in band {@code band} ({@link Ceilings#inBand}).
   *
   * @param band the band's index, as {@link #bandIndex} gives it
   * @param indication the indication
   * @param crcl the creatinine clearance in mL/min, within the band
   * @return the band's daily maximum at that clearance
   */
  DailyDose inBand(int band, Indication indication, BigDecimal crcl);

}
