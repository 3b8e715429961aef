package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.HepaticRule;

/**
 * Hepatic impairment by Child-Pugh class. An absent class means no impairment known to the clinician
 * (core {@code Patient}), so nothing is tightened; a class names the rules that apply.
 */
final class HepaticAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    if (patient.childPugh().isEmpty()) {
      return;
    }
    ChildPughClass cls = patient.childPugh().get();
    for (HepaticRule rule : draft.dosing().hepatic()) {
      if (rule.classes().contains(cls)) {
        apply(cls, rule, draft);
      }
    }
  }

  private void apply(ChildPughClass cls, HepaticRule rule, LimitsDraft draft) {
    rule.factor()
        .ifPresent(f -> draft.capDaily(draft.ceilings().normal(draft.indication()).times(f.value()), LimitSource.HEPATIC, f.citation()));
    rule.maxDaily().ifPresent(m -> draft.capDaily(m.asDailyDose(), LimitSource.HEPATIC, m.citation()));
    rule.maxSingle().ifPresent(m -> draft.capSingle(m.asDose(), m.citation()));
    rule.everyOtherDay().ifPresent(m -> draft.everyOtherDay(m.asDose(), LimitSource.HEPATIC, m.citation()));
    if (!rule.frequencies().isEmpty()) {
      draft.restrictFrequencies(rule.frequencies(), rule.citation());
    }
    draft.reason(
        FindingCodes.HEPATIC_IMPAIRMENT,
        rule.advice().isPresent() ? Severity.MODERATE : Severity.INFO,
        rule.citation(),
        f ->
            f.message(() -> "Child-Pugh " + cls + ": " + rule.advice().orElse("hepatic limit applied") + ".")
                .value("childPugh", cls)
                .value("maxDaily", draft.maxDaily()));
    if (rule.avoid()) {
      draft.avoid(
          AvoidReason.of(AvoidReason.Cause.HEPATIC, rule.citation()),
          Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
              .about(draft.drug().name())
              .message(() -> "Avoid in hepatic impairment (Child-Pugh " + cls + ").")
              .value("childPugh", cls)
              .cite(rule.citation())
              .build());
    }
  }
}
