package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;

/**
 * The daily dose must be held at {@code atDaily} for {@code days} days before going higher (PGB-02).
 *
 * @param atDaily the plateau's daily total
 * @param days the days it must be held
 * @param citation the fact the hold rests on
 * @param thenStepTo for this patient, the daily total one step may reach after the hold although it is
 *     larger than the usual step (pregabalin 300 to 600 mg/day, PGB-02); empty when the patient's
 *     kidneys, age, frailty or ceiling rule it out
 */
@API(status = STABLE)
public record DoseHold(DailyDose atDaily, int days, Citation citation, Optional<DailyDose> thenStepTo) {

  /**
   * Normalises a missing {@code thenStepTo} to empty.
   *
   * @param atDaily the plateau's daily total
   * @param days the days it must be held
   * @param citation the fact the hold rests on
   * @param thenStepTo the larger step's daily total for this patient, or empty
   */
  public DoseHold {
    thenStepTo = thenStepTo == null ? Optional.empty() : thenStepTo;
  }

  /**
   * A hold without a larger step after it (the shape before issue 16).
   *
   * @param atDaily the plateau's daily total
   * @param days the days it must be held
   * @param citation the fact the hold rests on
   */
  public DoseHold(DailyDose atDaily, int days, Citation citation) {
    this(atDaily, days, citation, Optional.empty());
  }

  /**
   * This hold without its larger step, for a patient the step is not for.
   *
   * @return the hold with {@code thenStepTo} empty
   */
  public DoseHold withoutStep() {
    return new DoseHold(atDaily, days, citation, Optional.empty());
  }
}
