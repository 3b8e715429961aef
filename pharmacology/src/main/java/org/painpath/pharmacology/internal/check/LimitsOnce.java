package org.painpath.pharmacology.internal.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;

/**
 * Each drug's limits for one check, computed at most once (by {@link Calculator}) however many items,
 * formulations or policies ask; a drug whose limits cannot be known keeps the reason, asked again as often
 * as needed. What was computed is returned with the verdict ({@link #computed()}).
 */
final class LimitsOnce {

  /** How one drug's limits are worked out; the checker's is {@code LimitsCalculator} (a test may count calls). */
  @FunctionalInterface
  interface Calculator {
    DoseLimits limits(Drug drug, RegimenContext context);
  }

  private final Calculator calculator;
  private final Map<String, DoseLimits> known = new LinkedHashMap<>();
  private final Map<String, InvalidInputException> unknown = new LinkedHashMap<>();

  LimitsOnce(Calculator calculator) {
    this.calculator = calculator;
  }

  /** The drug's limits, or the {@link InvalidInputException} that says why they cannot be known. */
  DoseLimits of(Drug drug, RegimenContext context) {
    DoseLimits limits = known.get(drug.name());
    if (limits != null) {
      return limits;
    }
    InvalidInputException failed = unknown.get(drug.name());
    if (failed != null) {
      throw failed;
    }
    try {
      limits = calculator.limits(drug, context);
    } catch (InvalidInputException e) {
      unknown.put(drug.name(), e);
      throw e;
    }
    known.put(drug.name(), limits);
    return limits;
  }

  /** Every drug's limits computed so far, in the order first asked. */
  Map<String, DoseLimits> computed() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(known));
  }
}
