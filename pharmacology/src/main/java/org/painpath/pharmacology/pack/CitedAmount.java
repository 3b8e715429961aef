package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.apiguardian.api.API;

/** An amount from the knowledge pack with the citation that justifies it. */
@API(status = EXPERIMENTAL)
public record CitedAmount(BigDecimal value, Unit unit, Citation citation) {

  public CitedAmount {
    Problems.Collector problems = Problems.collector();
    problems.check(value != null, "value", "required", "is required");
    problems.check(unit != null, "unit", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }


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
