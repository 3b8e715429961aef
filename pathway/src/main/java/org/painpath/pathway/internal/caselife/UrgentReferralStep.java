package org.painpath.pathway.internal.caselife;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.Refer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/** An urgent referral overrides every other step: refer, with the findings that made it urgent. */
public final class UrgentReferralStep implements Advisor {

  private final PathwayRule rule;

  public UrgentReferralStep(PathwayRule rule) {
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    UrgentReferralMade urgent = state.urgentReferral();
    if (urgent == null) {
      return List.of();
    }
    List<Citation> citations =
        java.util.stream.Stream.concat(
                rule.citations().stream(), urgent.reasons().stream().flatMap(f -> f.citations().stream()))
            .distinct()
            .toList();
    String why = urgent.reasons().stream().map(Finding::message).collect(Collectors.joining(" "));
    return List.of(
        new Refer(
            Specialty.URGENT_CARE,
            true,
            "Same-day or emergency assessment" + (why.isEmpty() ? "" : ": " + why) + " " + rule.statement(),
            citations));
  }
}
