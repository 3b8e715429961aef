package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.IndicationCeiling;

/** A label ceiling that depends on the indication (pregabalin: DPN 300, fibromyalgia 450, PGB-01/03). */
final class IndicationAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    for (IndicationCeiling c : draft.dosing().indicationCeilings()) {
      if (c.indication() == draft.indication()) {
        draft.capDaily(c.maxDaily().asDailyDose(), LimitSource.INDICATION, c.maxDaily().citation());
        draft.reason(
            FindingCodes.INDICATION_CEILING,
            Severity.INFO,
            c.maxDaily().citation(),
            f ->
                f.message(() -> "For a " + c.indication() + " indication the label's ceiling is " + c.maxDaily().asDailyDose() + ".")
                    .value("indication", c.indication())
                    .value("maxDaily", c.maxDaily().asDailyDose()));
      }
    }
  }
}
