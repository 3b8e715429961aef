package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.TitrateDrug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.Pharmacology;

/**
 * The case's kidney data contradicts itself (a given clearance above what the creatinine allows, or 15
 * mL/min or more on haemodialysis: {@link RenalFunction#contradictions}): no dose of a renally dosed drug
 * can be proposed. As a pitfall it is the plan's BLOCKING warning naming both fields; as a guard around
 * a next step it drops that step's titration of a renally dosed drug (starts are dropped already: their
 * limits are refused). Nothing is settled toward either value.
 */
public final class ContradictoryRenalData implements Pitfall {

  private final PathwayRule missingData;

  /** The pack's renally dosed drugs, found once. */
  private final List<String> renallyDosed;

  public ContradictoryRenalData(Pharmacology pharmacology, PathwayRule missingData) {
    this.missingData = missingData;
    this.renallyDosed =
        pharmacology.pack().drugs().stream().filter(ContradictoryRenalData::isRenallyDosed).map(Drug::name).toList();
  }

  static boolean isRenallyDosed(Drug drug) {
    return drug.dosing().map(d -> !d.renalBands().isEmpty() || d.haemodialysis().isPresent()).orElse(false);
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    Problems contradictions = RenalFunction.contradictions(state.patientOn(asOf));
    if (contradictions.isEmpty()) {
      return List.of();
    }
    Finding.Builder b =
        Finding.builder(FindingCodes.CONTRADICTORY_RENAL_DATA, Severity.BLOCKING)
            .about(renallyDosed)
            .message(
                "Kidney data contradicts itself: " + contradictions.list().get(0).message() + ". No dose of "
                    + String.join(", ", renallyDosed) + " is proposed until it is corrected. " + missingData.statement());
    for (Problem p : contradictions) {
      b.value("contradicts." + p.field(), p.code());
    }
    List<Citation> cites = new ArrayList<>(missingData.citations());
    cites.add(Decisions.CONTRADICTORY_RENAL_DATA);
    cites.add(Decisions.COCKCROFT_GAULT);
    cites.add(Decisions.LABELS_USE_COCKCROFT_GAULT);
    return List.of(b.citations(cites).build());
  }

  /** {@code step} without its titrations of renally dosed drugs while the patient's kidney data contradicts itself. */
  public Advisor guarding(Advisor step) {
    return (state, asOf) -> {
      List<Recommendation> next = step.next(state, asOf);
      if (RenalFunction.contradictions(state.patientOn(asOf)).isEmpty()) {
        return next;
      }
      return next.stream().filter(r -> !(r instanceof TitrateDrug t && renallyDosed.contains(t.drug()))).toList();
    };
  }
}
