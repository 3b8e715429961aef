package org.painpath.pharmacology.internal.check;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;

/** A regimen drug the pack does not know cannot be checked, so the regimen is not accepted. */
final class UnknownDrugPolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    if (context.unknown().isEmpty()) {
      return List.of();
    }
    return context.unknown().stream()
        .map(
            name ->
                Finding.builder(FindingCodes.UNKNOWN_DRUG, Severity.BLOCKING)
                    .about(name)
                    .message(() -> "\"" + name + "\" is not in the pack, so its doses and interactions cannot be checked.")
                    .value("drug", name)
                    .value("knownDrugs", context.pack().names())
                    .cite(Decisions.FAIL_CLOSED)
                    .build())
        .toList();
  }
}
