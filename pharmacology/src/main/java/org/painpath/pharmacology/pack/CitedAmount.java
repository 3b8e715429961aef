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

/**
 * An amount from the knowledge pack with the citation that justifies it.
 *
 * @param value the number
 * @param unit its unit
 * @param citation where the amount comes from
 */
@API(status = EXPERIMENTAL)
public record CitedAmount(BigDecimal value, Unit unit, Citation citation) {

  /**
   * Validates the components.
   *
   * @param value the number
   * @param unit its unit
   * @param citation where the amount comes from
   * @throws org.painpath.core.problem.InvalidInputException naming each missing component
   */
  public CitedAmount {
    Problems.Collector problems = Problems.collector();
    problems.check(value != null, "value", "required", "is required");
    problems.check(unit != null, "unit", "required", "is required");
    problems.check(citation != null, "citation", "required", "is required");
    problems.throwIfAny();
  }


  /**
   * The amount as a quantity.
   *
   * @return the quantity
   * @throws org.painpath.core.problem.InvalidInputException when the value is negative
   */
  public Quantity quantity() {
    return new Quantity(value, unit);
  }

  /**
   * The amount as a single dose.
   *
   * @return the dose
   */
  public Dose asDose() {
    return new Dose(quantity());
  }

  /**
   * The amount as a daily total.
   *
   * @return the daily dose
   */
  public DailyDose asDailyDose() {
    return new DailyDose(quantity());
  }
}
