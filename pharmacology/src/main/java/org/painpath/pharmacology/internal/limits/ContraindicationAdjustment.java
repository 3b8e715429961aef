package org.painpath.pharmacology.internal.limits;

import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.AvoidReason;

/** A recorded condition that rules the drug out (BUP-05 seizure disorder, NOR-09 recent MI, DUL-05...). */
final class ContraindicationAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    for (Contraindications.Hit hit : Contraindications.hits(draft.drug(), patient)) {
      draft.avoid(AvoidReason.of(AvoidReason.Cause.CONTRAINDICATION, hit.rule().citation()), hit.finding());
    }
  }
}
