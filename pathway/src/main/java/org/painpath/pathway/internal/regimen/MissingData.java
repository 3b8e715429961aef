package org.painpath.pathway.internal.regimen;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.policy.PathwayRule;

/**
 * A patient fact the drug knowledge needs (a creatinine for a renal band) is missing, or contradicts
 * another ({@code contradictory-renal-data}): a rejection naming each field, never a guess (PW-09).
 */
public final class MissingData {

  private MissingData() {}

  public static Finding finding(String drug, InvalidInputException missing, PathwayRule rule) {
    Finding.Builder finding =
        Finding.builder(
                missing.problems().hasCode(RenalFunction.CONTRADICTORY) ? RenalFunction.CONTRADICTORY : "missing-data", Severity.BLOCKING)
            .about(drug)
            .message("Cannot answer safely for " + drug + ": " + missing.problems() + ". " + rule.statement())
            .citations(rule.citations());
    for (Problem p : missing.problems()) {
      finding.value(p.field(), p.code());
    }
    return finding.build();
  }

  public static Rejected rejection(String drug, InvalidInputException missing, PathwayRule rule) {
    return new Rejected(List.of(finding(drug, missing, rule)));
  }
}
