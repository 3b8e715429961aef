package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.AgeRule;

/** Older adults and frail patients: a lower start, smaller steps, longer intervals, lower ceilings. */
final class AgeAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    for (AgeRule rule : draft.dosing().ageRules()) {
      boolean byAge = patient.age().isAtLeast(rule.fromAge().value());
      boolean byFrailty = rule.orFrail() && patient.frail();
      if (byAge || byFrailty) {
        apply(rule, byAge, draft);
      }
    }
  }

  private void apply(AgeRule rule, boolean byAge, LimitsDraft draft) {
    draft.cite(rule.fromAge().citation());
    rule.start().ifPresent(s -> draft.lowerStart(LimitsDraft.startOf(s), s.dose().citation()));
    rule.step().ifPresent(s -> draft.smallerStep(s.asDailyDose(), s.citation()));
    rule.minDaysBetweenSteps().ifPresent(m -> draft.longerInterval(m.value(), m.citation()));
    rule.maxDaily().ifPresent(m -> draft.capDaily(m.asDailyDose(), LimitSource.AGE, m.citation()));
    rule.target().ifPresent(t -> draft.lowerTarget(t.min().asDailyDose(), t.max().asDailyDose(), t.min().citation()));
    draft.ageRule(
        new AppliedRules.AgeRuleApplied(
            rule.fromAge().value(), byAge ? AppliedRules.AppliedFor.AGE : AppliedRules.AppliedFor.FRAILTY, rule.citation()));
    String who = byAge ? "Age " + rule.fromAge().value() + " or over" : "Frail";
    draft.reason(
        FindingCodes.OLDER_ADULT,
        Severity.INFO,
        rule.citation(),
        f ->
            f.message(() -> who + ": " + rule.advice().orElse("start lower and titrate more slowly") + ".")
                .value("fromAge", rule.fromAge().value())
                .value("appliedFor", byAge ? "age" : "frailty"));
  }
}
