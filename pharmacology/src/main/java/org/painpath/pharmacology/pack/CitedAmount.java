package org.painpath.pharmacology.pack;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;

/** An amount from the knowledge pack with the citation that justifies it. */
public record CitedAmount(BigDecimal value, Unit unit, Citation citation) {

  public Quantity quantity() {
    return new Quantity(value, unit);
  }

  public Dose asDose() {
    return new Dose(quantity());
  }

  public DailyDose asDailyDose() {
    return new DailyDose(quantity());
  }
}
