package org.painpath.pharmacology.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;
import org.painpath.pharmacology.internal.limits.Contraindications;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.internal.limits.LimitsCalculator;
import org.painpath.pharmacology.internal.limits.ReasonsWanted;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * Each regimen drug against the patient's limits: contraindication, labelled frequencies and the shape
 * of the frequency (patches), advisories, post-dialysis supplements, and the limits' own warnings (Beers,
 * hepatic advice, dialysis supplements, off-label); then each ingredient's schedule, all formulations
 * together, against the single and daily maxima ({@link IngredientSchedule}). Limits that cannot be
 * known are {@code missing-data}.
 */
final class DosePolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    Map<IngredientKey, List<DosedDrug>> byIngredient = new LinkedHashMap<>();
    for (DrugDoses doses : context.byDrug().values()) {
      found.addAll(check(doses, context, byIngredient));
    }
    for (List<DosedDrug> ingredient : byIngredient.values()) {
      found.addAll(IngredientSchedule.check(ingredient));
    }
    return found;
  }

  private List<Finding> check(DrugDoses doses, RegimenContext context, Map<IngredientKey, List<DosedDrug>> byIngredient) {
    var drug = doses.drug();
    if (drug.dosing().isEmpty()) {
      List<Finding> found = new ArrayList<>(Contraindications.findings(drug, context.patient())); // no doses, still ruled out
      found.add(
          Finding.builder(FindingCodes.NO_DOSE_LIMITS, Severity.INFO)
              .about(drug.name())
              .message(() -> drug.name() + " is in the pack only to be detected; the reference gives no dose limits to check it against.")
              .cite(drug.definition().rxNorm().citation())
              .build());
      return found;
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
    found.addAll(PatchShape.check(drug, dosing, doses.items()));
    if (comparable.isEmpty()) {
      return found;
    }
    found.addAll(DialysisSupplements.check(drug, dosing, comparable, context.patient()));
    DoseLimits limits;
    try {
      limits = context.limits().of(drug, context);
    } catch (InvalidInputException e) {
      found.add(LimitsUnknown.of(drug, e));
      return found;
    }
    for (Finding reason : limits.reasons()) {
      if (ReasonsWanted.reportedByCheck(reason)) {
        found.add(reason);
      }
    }
    List<RegimenItem> maintenance = IngredientSchedule.maintenance(comparable);
    DailyDose none = new DailyDose(new Quantity(BigDecimal.ZERO, dosing.doseUnit()));
    // the drug's worst day over all its items: what a suggested regimen must not exceed
    DailyDose worstDay = DosedDrug.worstDay(drug, maintenance, none);
    for (RegimenItem item : maintenance) {
      DoseFindings.frequency(drug, dosing, item.frequency(), limits, worstDay, "").ifPresent(found::add);
    }
    if (!maintenance.isEmpty()) {
      found.addAll(DoseFindings.advisories(drug, dosing, worstDay, context.patient()));
      byIngredient.computeIfAbsent(IngredientKey.of(drug, dosing), k -> new ArrayList<>()).add(new DosedDrug(drug, dosing, limits, maintenance));
    }
    // limits that say avoid always carry their BLOCKING reason (contraindicated), added above
    return found;
  }
}
