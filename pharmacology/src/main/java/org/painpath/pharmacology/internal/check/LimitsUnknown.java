package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.internal.limits.RenalFunctionOnce;

/**
 * The finding for a drug whose limits could not be computed: {@code contradictory-renal-data} when the
 * patient's kidney data contradicts itself, otherwise {@code missing-data}. Both are BLOCKING (fail
 * closed); one factory, so a check that meets the same refusal twice reports one finding.
 */
public final class LimitsUnknown {

  private LimitsUnknown() {}

  public static Finding of(Drug drug, InvalidInputException why) {
    return RenalFunctionOnce.isContradiction(why) ? contradictory(drug, why) : DoseFindings.missingData(drug, why);
  }

  /** BLOCKING {@code contradictory-renal-data} naming both contradicting fields as values. */
  static Finding contradictory(Drug drug, InvalidInputException why) {
    Finding.Builder b =
        Finding.builder(FindingCodes.CONTRADICTORY_RENAL_DATA, Severity.BLOCKING)
            .about(drug.name())
            .message(() -> "The limits of " + drug.name() + " are not computed: " + why.problems().list().get(0).message() + ".");
    for (Problem p : why.problems()) {
      b.value("contradicts." + p.field(), p.code());
    }
    List<Citation> cites = new ArrayList<>();
    cites.add(Decisions.CONTRADICTORY_RENAL_DATA);
    cites.add(Decisions.COCKCROFT_GAULT);
    cites.add(Decisions.LABELS_USE_COCKCROFT_GAULT);
    drug.dosing().flatMap(d -> d.renalBands().stream().findFirst()).ifPresent(r -> cites.add(r.citation()));
    return b.citations(cites).build();
  }
}
