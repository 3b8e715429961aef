package org.painpath.pharmacology.internal.limits;

import org.painpath.core.patient.Patient;

/**
 * Says when use for muscle pain is off-label (reference section 0.2 and 8), unless the label covers the
 * indication the limits are asked for, and when a guideline advises against the drug whatever the label
 * says (PIT-06): two notes, because a labelled use can still be off-guideline.
 */
final class OffLabelNote implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    var drug = draft.drug().definition();
    if (drug.offLabel().map(o -> o.appliesTo(draft.indication())).orElse(false)) {
      drug.offLabelFinding().ifPresent(draft::reason);
    }
    drug.offGuidelineFinding().ifPresent(draft::reason);
  }
}
