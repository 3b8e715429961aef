package org.painpath.pharmacology.internal.limits;

import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.Contraindication;

/** A recorded condition that rules the drug out (BUP-05 seizure disorder, NOR-09 recent MI...). */
final class ContraindicationAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    for (Contraindication c : draft.drug().definition().contraindications()) {
      for (Code condition : patient.conditions()) {
        if (c.matches(condition)) {
          draft.avoid(
              AvoidReason.of(AvoidReason.Cause.CONTRAINDICATION, c.citation()),
              Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
                  .about(draft.drug().name())
                  .message(c.message())
                  .value("condition", condition.display())
                  .value("conditionCode", condition.system().label() + " " + condition.code())
                  .cite(c.citation())
                  .build());
        }
      }
    }
  }
}
