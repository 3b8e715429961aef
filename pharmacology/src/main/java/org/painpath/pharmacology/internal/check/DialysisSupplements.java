package org.painpath.pharmacology.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.pack.DialysisRule;
import org.painpath.pharmacology.pack.DialysisSupplement;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * Post-dialysis supplements (GAB-R5, PGB-R5), judged against the label's supplement table rather than
 * added to the band's daily total (PHARM-S05). The supplement given after a session is the sum of the
 * supplement items (each item's administrations in its period counted, so two a day is twice as much).
 * The row that applies is the one with the largest maintenance not above the patient's maintenance (the
 * worst calendar day of the other items): a maintenance between rows takes the lower row, one above the
 * table its last row, one below its first row no supplement at all. A supplement for a patient not on
 * haemodialysis, or of a drug with no table, cannot be judged: BLOCKING.
 */
final class DialysisSupplements {

  private DialysisSupplements() {}

  static List<Finding> check(Drug drug, DosingRules dosing, List<RegimenItem> items, Patient patient) {
    List<RegimenItem> supplements = items.stream().filter(RegimenItem::postDialysisSupplement).toList();
    if (supplements.isEmpty()) {
      return List.of();
    }
    Dose perSession = perSession(supplements);
    List<Citation> cites = new ArrayList<>();
    dosing.haemodialysis().ifPresent(h -> cites.add(h.citation()));
    if (!patient.onHaemodialysis()) {
      return List.of(DoseFindings.supplementNotApplicable(drug, perSession, "the patient is not on haemodialysis", cites));
    }
    if (dosing.haemodialysis().map(h -> h.supplements().isEmpty()).orElse(true)) {
      return List.of(DoseFindings.supplementNotApplicable(drug, perSession, "the label gives " + drug.name() + " no post-dialysis supplement", cites));
    }
    DialysisRule rule = dosing.haemodialysis().get();
    DailyDose zero = new DailyDose(new Quantity(BigDecimal.ZERO, dosing.doseUnit()));
    DailyDose maintenance = DosedDrug.worstDay(drug, dosing, IngredientSchedule.maintenance(items), zero);
    DialysisSupplement row = null;
    for (DialysisSupplement s : rule.supplements()) {
      if (s.maintenance().quantity().isAtMost(maintenance.amount()) && (row == null || s.maintenance().quantity().isGreaterThan(row.maintenance().quantity()))) {
        row = s;
      }
    }
    if (row == null) {
      DialysisSupplement first = rule.supplements().get(0);
      cites.add(first.maintenance().citation());
      return List.of(DoseFindings.supplementExceeded(drug, perSession, "none below a maintenance of " + first.maintenance().quantity() + "/day", maintenance, cites));
    }
    if (perSession.amount().isGreaterThan(row.supplement().quantity())) {
      cites.add(row.supplement().citation());
      return List.of(DoseFindings.supplementExceeded(drug, perSession, row.supplement().quantity().toString(), maintenance, cites));
    }
    return List.of();
  }

  private static Dose perSession(List<RegimenItem> supplements) {
    Dose total = each(supplements.get(0));
    for (int i = 1; i < supplements.size(); i++) {
      total = total.plus(each(supplements.get(i)));
    }
    return total;
  }

  private static Dose each(RegimenItem supplement) {
    return new Dose(supplement.administrationDayTotal().amount()); // a supplement is always given per dose
  }
}
