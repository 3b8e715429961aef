package org.painpath.pharmacology.limits;

import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.FindingCodes;

/** Says when use for muscle pain is off-label (reference section 0.2 and 8). */
final class OffLabelNote implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    draft.drug()
        .definition()
        .offLabel()
        .ifPresent(
            o ->
                draft.reason(
                    Finding.builder(FindingCodes.OFF_LABEL, o.severity())
                        .about(draft.drug().name())
                        .message(o.message())
                        .cite(o.citation())
                        .build()));
  }
}
