package org.painpath.pathway.decide;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.ReferUrgently;
import org.painpath.pathway.command.RequestImaging;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.policy.PathwayPolicy;

/** Commands whose events follow directly from the command once the guards allow it. */
final class CaseHandlers {

  private CaseHandlers() {}

  static void register(Handlers handlers, PathwayPolicy policy, InterventionCatalogue catalogue, DrugPack pack) {
    handlers
        .on(
            RecordOpioid.class,
            (s, c, asOf) -> Accept.with(new OpioidRecorded(c.date(), requireOpioid(pack, c.drug()), c.dose(), c.frequency())))
        .on(OpenCase.class, (s, c, asOf) -> Accept.with(new CaseOpened(c.date(), c.conservativeCare(), c.neuropathicComponent())))
        .on(SkipWorkup.class, (s, c, asOf) -> Accept.with(new WorkupSkipped(c.date(), c.reason())))
        .on(
            ManageCause.class,
            (s, c, asOf) ->
                Accept.with(
                    new CauseManaged(
                        c.date(),
                        c.cause(),
                        c.action(),
                        c.action() == CauseAction.REFER ? c.cause().referTo() : null,
                        c.plan())))
        .on(ReviewCause.class, (s, c, asOf) -> Accept.with(new CauseReviewed(c.date(), c.cause(), c.painResolved())))
        .on(
            StartIntervention.class,
            (s, c, asOf) ->
                Accept.with(
                    new InterventionStarted(c.date(), c.intervention(), catalogue.require(c.intervention()).modality())))
        .on(
            StopIntervention.class,
            (s, c, asOf) -> Accept.with(new InterventionStopped(c.date(), c.intervention(), c.reason())))
        .on(
            RequestImaging.class,
            (s, c, asOf) -> {
              RedFlagsAssessed flags = s.redFlags();
              boolean indicated = flags != null && flags.imagingIndicated();
              return Accept.with(new ImagingRequested(c.date(), c.region(), c.reason(), indicated));
            })
        .on(StopOpioid.class, (s, c, asOf) -> Accept.with(new OpioidStopped(c.date(), c.drug())))
        .on(CompleteTaper.class, (s, c, asOf) -> Accept.with(new TaperCompleted(c.date(), c.drug())))
        .on(
            ReferMultidisciplinary.class,
            (s, c, asOf) -> Accept.with(new MultidisciplinaryReferralMade(c.date(), c.reason())))
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
                                .citations(policy.rule("urgent-referral").citations())
                                .build()))));
  }

  /** The drug, when pharmacology's pack knows it as an opioid; otherwise bad input naming the field. */
  static String requireOpioid(DrugPack pack, String drug) {
    if (pack.find(drug).filter(Drug::isOpioid).isEmpty()) {
      throw InvalidInputException.of("drug", "not-an-opioid", "\"" + drug + "\" is not an opioid the drug pack knows");
    }
    return drug;
  }
}
