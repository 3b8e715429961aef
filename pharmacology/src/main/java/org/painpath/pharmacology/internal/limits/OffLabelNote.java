package org.painpath.pharmacology.internal.limits;

import org.painpath.core.patient.Patient;

/** Says when use for muscle pain is off-label (reference section 0.2 and 8). */
final class OffLabelNote implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    draft.drug().definition().offLabelFinding().ifPresent(draft::reason);
  }
}
