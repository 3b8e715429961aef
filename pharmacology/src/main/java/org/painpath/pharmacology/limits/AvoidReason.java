package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.apiguardian.api.API;

/**
 * Why a drug is to be avoided for this patient, as data ({@link DoseLimits#avoid()} says only that it
 * is): the kind of rule, and for a renal band the band and the clearance that fell in it (the threshold
 * crossed is the band's upper bound, {@link #threshold()}).
 */
@API(status = STABLE)
public record AvoidReason(Cause cause, Optional<ClearanceBand> band, Optional<CreatinineClearance> clearance, Citation citation) {

  /** The kinds of rule that rule a drug out. */
  public enum Cause {
    /** The label's renal band says avoid (e.g. duloxetine below 30 mL/min). */
    RENAL_BAND,
    /** The hepatic rule for the patient's Child-Pugh class says avoid. */
    HEPATIC,
    /** A condition of the patient contraindicates the drug. */
    CONTRAINDICATION,
    /** The institution's policy says avoid. */
    INSTITUTION_POLICY,
    /** No labelled frequency is left once every rule is applied. */
    NO_FREQUENCY_LEFT,
    /** The patient's maximum is below the drug's smallest dose. */
    BELOW_SMALLEST_DOSE
  }

  /**
   * A reason that is not a renal band (no band, no clearance).
   *
   * @param cause the kind of rule
   * @param citation the fact behind it
   * @return the reason
   */
  public static AvoidReason of(Cause cause, Citation citation) {
    return new AvoidReason(cause, Optional.empty(), Optional.empty(), citation);
  }

  /**
   * The clearance below which the drug is avoided: the renal band's upper bound.
   *
   * @return the threshold in mL/min; empty when the reason is not a renal band or the band has no upper bound
   */
  public Optional<CreatinineClearance> threshold() {

    return band.flatMap(ClearanceBand::upper).map(CreatinineClearance::new);
  }
}
