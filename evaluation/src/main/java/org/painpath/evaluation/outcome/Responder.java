package org.painpath.evaluation.outcome;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.OUT_02;
import static org.painpath.evaluation.ReferenceFacts.OUT_15;
import static org.painpath.evaluation.ReferenceFacts.PIT_09;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * The one definition of "responder" in painpath: an improvement that is at least moderately
 * important, i.e. {@link ChangeCategory#MODERATE} or better (a 30 % reduction, IMMPACT OUT-02, as
 * classified by OUT-15; for the NRS also a 2-point drop, OUT-03). It is the complement of PIT-09's
 * "failed trial" (&lt; 30 % reduction), so a trial is either responded to or failed, never both.
 */
@API(status = EXPERIMENTAL)
public final class Responder {

  /** The least change that counts as a response. */
  public static final ChangeCategory MINIMUM = ChangeCategory.MODERATE;

  /** Where the definition comes from. */
  public static final List<Citation> CITATIONS = List.of(OUT_02, OUT_15, PIT_09);

  private Responder() {}

  /**
   * Whether a change of this category counts as a response to treatment (moderate or better).
   *
   * @param category the change category
   * @return {@code true} for MODERATE and SUBSTANTIAL
   */
  public static boolean isResponse(ChangeCategory category) {
    return category.atLeast(MINIMUM);
  }
}
