package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plateau a titration must hold before going higher: pregabalin stays at 300 mg/day for at least
 * 14 days before exceeding it (PGB-02), and may then go in one step to 600 mg/day (PGB-02) where
 * {@code thenStep} says so.
 *
 * @param atDaily the plateau's daily total
 * @param days the days it must be held
 * @param thenStep the single larger step the label allows after the hold, or null for none
 */
@API(status = EXPERIMENTAL)
public record Hold(CitedAmount atDaily, CitedCount days, @Nullable HoldStep thenStep) {

  /**
   * A plateau without a step after it (the shape before issue 16).
   *
   * @param atDaily the plateau's daily total
   * @param days the days it must be held
   */
  public Hold(CitedAmount atDaily, CitedCount days) {
    this(atDaily, days, null);
  }
}
