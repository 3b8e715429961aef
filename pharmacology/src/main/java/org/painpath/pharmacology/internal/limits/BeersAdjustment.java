package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.BeersCondition;
import org.painpath.pharmacology.pack.BeersRule;
import org.painpath.pharmacology.pack.BeersStatus;

/**
 * Beers 2023 entries for patients aged 65 and over. "Avoid" is a MAJOR flag that needs a clinician's
 * documented override, not a contraindication: the limits stay computed so the clinician can see them.
 */
public final class BeersAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    for (Finding f : findings(draft.drug().definition().beers(), draft.drug().name(), patient)) {
      draft.reason(f);
    }
  }

  /** The Beers findings for one drug and one patient. */
  public static java.util.List<Finding> findings(java.util.List<BeersRule> rules, String drug, Patient patient) {
    if (!patient.isOlderAdult()) {
      return java.util.List.of();
    }
    java.util.List<Finding> found = new java.util.ArrayList<>();
    for (BeersRule rule : rules) {
      if (rule.when() == BeersCondition.ALWAYS || patient.fallsHistory()) {
        boolean avoid = rule.status() == BeersStatus.AVOID;
        found.add(
            Finding.builder(avoid ? FindingCodes.BEERS_AVOID : FindingCodes.BEERS_CAUTION, avoid ? Severity.MAJOR : Severity.MODERATE)
                .about(drug)
                .message(() -> "Beers 2023 (age " + patient.age().years() + "): " + rule.criterion())
                .value("age", patient.age().years())
                .value("fallsHistory", patient.fallsHistory())
                .cite(rule.citation())
                .build());
      }
    }
    return found;
  }
}
