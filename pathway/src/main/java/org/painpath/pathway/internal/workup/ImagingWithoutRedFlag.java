package org.painpath.pathway.internal.workup;

import org.painpath.pathway.internal.rule.Pitfall;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/** Imaging was requested with no red flag indicating it (reference PIT-03, RF-09). */
public final class ImagingWithoutRedFlag implements Pitfall {

  private final PathwayRule rule;

  public ImagingWithoutRedFlag(PathwayRule rule) {
    this.rule = rule;
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    return state.imaging().stream()
        .filter(i -> !i.redFlagPresent())
        .map(
            i ->
                Finding.builder("imaging-without-red-flag", Severity.MODERATE)
                    .about(i.region())
                    .message("Imaging of the " + i.region() + " was requested without a red flag: " + rule.statement())
                    .value("requestedOn", i.date())
                    .value("region", i.region())
                    .value("reason", i.reason())
                    .value("redFlagIndicatingImaging", false)
                    .citations(rule.citations())
                    .build())
        .toList();
  }
}
