package org.painpath.pathway.internal.care;

import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;

/** Non-drug care: interventions from the catalogue, and the multidisciplinary referral. */
public final class CareHandlers {

  private CareHandlers() {}

  public static void register(Handler.Registry handlers, InterventionCatalogue catalogue) {
    handlers
        .on(
            StartIntervention.class,
            (s, c, asOf) ->
                Accept.with(new InterventionStarted(c.date(), c.intervention(), catalogue.requireRecorded(c.intervention(), null).modality())))
        .on(StopIntervention.class, (s, c, asOf) -> Accept.with(new InterventionStopped(c.date(), c.intervention(), c.reason())))
        .on(
            ReferMultidisciplinary.class,
            (s, c, asOf) -> Accept.with(new MultidisciplinaryReferralMade(c.date(), c.reason())));
  }
}
