package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** A case is referred for multidisciplinary rehabilitation once (PW-04). */
final class ReferralHappensOnce implements Guard {

  private final PathwayPolicy policy;

  ReferralHappensOnce(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "referral-happens-once";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    MultidisciplinaryReferralMade referral = state.multidisciplinaryReferral();
    if (!(command instanceof ReferMultidisciplinary) || referral == null) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("already-referred", policy.rule("known-subject"), "the case is already referred")
            .value("referredOn", referral.date()));
  }
}
