package org.painpath.pharmacology.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.DoseLimits;
import org.painpath.pharmacology.FindingCodes;
import org.painpath.pharmacology.RegimenItem;
import org.painpath.pharmacology.limits.LimitsCalculator;
import org.painpath.pharmacology.limits.ReasonsWanted;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * Each regimen drug against the patient's limits: contraindication, daily and single maxima (renal,
 * hepatic or label), labelled frequencies, advisories, and the limits' own warnings (Beers, hepatic
 * advice, dialysis supplements, off-label). Limits that cannot be known are {@code missing-data}.
 */
final class DosePolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    for (DrugDoses doses : context.byDrug().values()) {
      found.addAll(check(doses, context));
    }
    return found;
  }

  private List<Finding> check(DrugDoses doses, RegimenContext context) {
    var drug = doses.drug();
    if (drug.dosing().isEmpty()) {
      return List.of(
          Finding.builder(FindingCodes.NO_DOSE_LIMITS, Severity.INFO)
              .about(drug.name())
              .message(drug.name() + " is in the pack only to be detected; the reference gives no dose limits to check it against.")
              .cite(drug.definition().rxNorm().citation())
              .build());
    }
    DosingRules dosing = drug.dosing().get();
    List<Finding> found = new ArrayList<>();
    List<RegimenItem> comparable = new ArrayList<>();
    for (RegimenItem item : doses.items()) {
      if (item.dose().amount().dimension() == dosing.doseUnit().dimension()) {
        comparable.add(item);
      } else {
        found.add(DoseFindings.unitMismatch(drug, item.dose().amount(), dosing));
      }
    }
    if (comparable.isEmpty()) {
      return found;
    }
    return checkComparable(new DrugDoses(drug, comparable), dosing, context, found);
  }

  /** The items in the drug's own unit, against the patient's limits. */
  private List<Finding> checkComparable(DrugDoses doses, DosingRules dosing, RegimenContext context, List<Finding> found) {
    var drug = doses.drug();
    DoseLimits limits;
    try {
      limits =
          LimitsCalculator.limits(
              drug, context.renal(), context.regimen().indication(), context.pack().policy(), ReasonsWanted.REPORTED_BY_CHECK);
    } catch (InvalidInputException e) {
      found.add(LimitsUnknown.of(drug, e));
      return found;
    }
    for (Finding reason : limits.reasons()) {
      if (ReasonsWanted.reportedByCheck(reason)) {
        found.add(reason);
      }
    }
    DailyDose daily = doses.daily();
    found.addAll(DoseFindings.daily(drug, dosing, daily, limits, ""));
    DoseFindings.single(drug, doses.largestDose(), limits, "").ifPresent(found::add);
    for (RegimenItem item : doses.items()) {
      DoseFindings.frequency(drug, dosing, item.frequency(), limits, "").ifPresent(found::add);
    }
    found.addAll(DoseFindings.advisories(drug, dosing, daily, context.patient()));
    // limits that say avoid always carry their BLOCKING reason (contraindicated), added above
    return found;
  }
}
