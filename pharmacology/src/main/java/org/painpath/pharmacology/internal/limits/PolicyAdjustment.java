package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.policy.PolicyOverride;
import org.painpath.pharmacology.limits.StartDose;

/** The institution's stricter formulary, applied last and only ever tightening. */
final class PolicyAdjustment implements LimitAdjustment {

  private final InstitutionPolicy policy;

  PolicyAdjustment(InstitutionPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    var citation = policy.citation();
    for (PolicyOverride o : policy.overridesFor(draft.drug().name())) {
      o.maxDaily().ifPresent(m -> draft.capDaily(m, LimitSource.INSTITUTION_POLICY, citation));
      o.maxSingle().ifPresent(m -> draft.capSingle(m, citation));
      o.startDose().ifPresent(s -> draft.lowerStart(new StartDose(s, draft.dosing().start().frequency()), citation));
      o.step().ifPresent(s -> draft.smallerStep(s, citation));
      o.minDaysBetweenSteps().ifPresent(m -> draft.longerInterval(m, citation));
      if (!o.frequencies().isEmpty()) {
        draft.restrictFrequencies(o.frequencies(), citation);
      }
      Finding reason =
          Finding.builder(o.avoid() ? FindingCodes.CONTRAINDICATED : FindingCodes.INSTITUTION_POLICY, o.avoid() ? Severity.BLOCKING : Severity.INFO)
              .about(draft.drug().name())
              .message(() -> "Institution policy \"" + policy.name() + "\": " + o.reason())
              .value("policy", policy.name())
              .cite(citation)
              .build();
      if (o.avoid()) {
        draft.avoid(AvoidReason.of(AvoidReason.Cause.INSTITUTION_POLICY, citation), reason);
      } else {
        draft.reason(reason);
      }
    }
  }
}
