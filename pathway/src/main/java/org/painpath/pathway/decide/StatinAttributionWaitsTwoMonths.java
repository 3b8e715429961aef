package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/**
 * Symptoms are called not statin-related only after they persisted the full period off the statin
 * (SAMS-05), because statin symptoms can take weeks to settle (SAMS-08).
 */
final class StatinAttributionWaitsTwoMonths implements Guard {

  private final PathwayPolicy policy;

  StatinAttributionWaitsTwoMonths(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "statin-attribution-waits-two-months";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    LocalDate heldOn = state.statin().heldOn();
    if (!(command instanceof AttributeSymptomsElsewhere) || heldOn == null) {
      return Reasons.none();
    }
    LocalDate earliest = heldOn.plus(policy.statinOtherCausesAfter().value());
    if (!command.date().isBefore(earliest)) {
      return Reasons.none();
    }
    return List.of(
        Finding.builder("statin-attribution-too-early", Severity.BLOCKING)
            .message("too early to call the symptoms not statin-related: " + policy.statinOtherCausesAfter().rationale())
            .value("heldOn", heldOn)
            .value("period", policy.statinOtherCausesAfter().value())
            .value("earliest", earliest)
            .value("date", command.date())
            .citations(policy.statinOtherCausesAfter().citations())
            .build());
  }
}
