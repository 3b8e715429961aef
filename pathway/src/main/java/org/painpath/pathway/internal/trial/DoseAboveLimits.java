package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.internal.regimen.WithinLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/**
 * A drug the case records at a dose that pharmacology's check does not accept for the patient's data
 * as of the plan's date (a dose above the ceiling, or a ceiling lowered since by the patient's kidneys):
 * the history stands, but the case is flagged as blocking until the dose is reduced (PW-21; the
 * reduction is {@link DoseReductionStep}'s recommendation).
 */
public final class DoseAboveLimits implements Pitfall {

  static final String CODE = "recorded-dose-above-limits";

  private final WithinLimits limits;
  private final PathwayRule rule;

  public DoseAboveLimits(WithinLimits limits, PathwayRule rule) {
    this.limits = limits;
    this.rule = rule;
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    return limits.breaches(state, asOf).stream().map(b -> finding(b, asOf)).toList();
  }

  private Finding finding(WithinLimits.Breach breach, LocalDate asOf) {
    String reasons = breach.reasons().stream().map(Finding::code).distinct().collect(Collectors.joining(", "));
    return Finding.builder(CODE, Severity.BLOCKING)
        .about(breach.trial().drug())
        .message(
            breach.trial().drug() + " is recorded at " + breach.trial().doseText() + " ("
                + breach.trial().dailyDose() + ", since " + breach.trial().lastDoseChangeOn() + "), which the patient's limits"
                + " as of " + asOf + " do not allow (" + reasons + "): " + rule.statement())
        .value("drug", breach.trial().drug())
        .value("dose", breach.trial().dose())
        .value("frequency", breach.trial().frequency())
        .value("dailyDose", breach.trial().dailyDose())
        .value("recordedOn", breach.trial().lastDoseChangeOn())
        .value("asOf", asOf)
        .value("reasons", reasons)
        .citations(Cite.all(rule.citations(), breach.reasons().stream().flatMap(f -> f.citations().stream()).toList()))
        .build();
  }
}
