package org.painpath.pathway.internal.caselife;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.ReferUrgently;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pathway.policy.RuleId;

/** The case's life: opened, in maintenance, discharged, or referred urgently on clinical judgement. */
public final class CaseLifeHandlers {

  private CaseLifeHandlers() {}

  public static void register(Handler.Registry handlers, PathwayPolicy policy) {
    handlers
        .on(OpenCase.class, (s, c, asOf) -> Accept.with(new CaseOpened(c.date(), c.conservativeCare(), c.neuropathicComponent())))
        .on(EnterMaintenance.class, (s, c, asOf) -> Accept.with(new MaintenanceEntered(c.date(), c.basis())))
        .on(Discharge.class, (s, c, asOf) -> Accept.with(new CaseDischarged(c.date(), c.reason())))
        .on(
            ReferUrgently.class,
            (s, c, asOf) ->
                Accept.with(
                    new UrgentReferralMade(
                        c.date(),
                        List.of(
                            Finding.builder("clinician-urgent-referral", Severity.MAJOR)
                                .message("urgent referral on clinical judgement: " + c.reason())
                                .value("reason", c.reason())
                                .citations(policy.rule(RuleId.URGENT_REFERRAL).citations())
                                .build()))));
  }
}
