package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.pack.Drug;

/**
 * Kidney data that contradicts itself (a given clearance above what the creatinine allows, or a
 * clearance of 15 mL/min or more on haemodialysis: {@code RenalFunction.contradictions}) is a BLOCKING
 * {@code contradictory-renal-data} finding on each renally dosed drug of the regimen, whose limits are
 * then not computed; every other rule still runs, so nothing else is hidden. Settling the pair toward
 * either value would be a guess.
 */
final class ContradictoryRenalDataPolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    for (DrugDoses doses : context.byDrug().values()) {
      Drug drug = doses.drug();
      if (!renallyDosed(drug)) {
        continue;
      }
      try {
        context.renal().refuseContradictions();
      } catch (InvalidInputException refused) {
        found.add(LimitsUnknown.contradictory(drug, refused));
      }
    }
    return found;
  }

  static boolean renallyDosed(Drug drug) {
    return drug.dosing().map(d -> !d.renalBands().isEmpty() || d.haemodialysis().isPresent()).orElse(false);
  }
}
