package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * Haemodialysis. Either the daily dose follows the residual clearance's band and a supplement follows
 * each session (gabapentin GAB-R5, pregabalin PGB-R5), or a multiplier applies whatever the residual
 * clearance (venlafaxine x 0.5, VEN-04). A drug with renal bands and no dialysis rule takes its lowest band.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableDialysisRule.class)
@JsonDeserialize(as = ImmutableDialysisRule.class)
@API(status = EXPERIMENTAL)
public abstract class DialysisRule {

  /**
   * The citation of the dialysis rule.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * The daily dose follows the band of the patient's residual clearance, which must then be given.
   *
   * @return true when the residual clearance's band applies
   */
  @Value.Default
  public boolean usesResidualClearance() {
    return false;
  }

  /**
   * A multiplier on the normal ceiling whatever the residual clearance (venlafaxine × 0.5, VEN-04).
   *
   * @return the factor, or empty
   */
  public abstract Optional<CitedNumber> factor();

  /**
   * The supplements after each session, by maintenance dose (GAB-R5, PGB-R5).
   *
   * @return the supplement table, possibly empty
   */
  public abstract List<DialysisSupplement> supplements();

  /**
   * The label's advice in words.
   *
   * @return the advice
   */
  public abstract String advice();
}
