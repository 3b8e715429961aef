package org.painpath.pathway.internal.statin;

import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.core.code.Code;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ReportStatinRecurrence;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinRechallengeTolerated;
import org.painpath.pathway.event.StatinRechallenged;
import org.painpath.pathway.event.StatinResumed;
import org.painpath.pathway.event.StatinSymptomsAttributedElsewhere;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.event.StatinSymptomsReviewed;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;

/** The statin sub-pathway's commands after the guards have allowed them (reference section 3). */
public final class StatinHandlers {

  private StatinHandlers() {}

  public static void register(Handler.Registry handlers, DrugPack pack) {
    handlers
        .on(
            HoldStatin.class,
            (s, c, asOf) -> Accept.with(new StatinHeld(c.date(), requireStatin(pack, c.statin()), c.severity())))
        .on(
            ReviewStatinSymptoms.class,
            (s, c, asOf) -> Accept.with(new StatinSymptomsReviewed(c.date(), c.resolved(), c.ckWithinRange())))
        .on(
            RechallengeStatin.class,
            (s, c, asOf) ->
                Accept.with(new StatinRechallenged(c.date(), requireStatin(pack, c.statin()), c.dose(), c.frequency())))
        .on(ReportStatinRecurrence.class, (s, c, asOf) -> Accept.with(new StatinSymptomsRecurred(c.date())))
        .on(ConfirmStatinTolerated.class, (s, c, asOf) -> Accept.with(new StatinRechallengeTolerated(c.date())))
        .on(
            AttributeSymptomsElsewhere.class,
            (s, c, asOf) -> Accept.with(new StatinSymptomsAttributedElsewhere(c.date(), c.explanation())))
        .on(ResumeStatin.class, (s, c, asOf) -> Accept.with(new StatinResumed(c.date())));
  }

  /** The code, when pharmacology's pack knows it as a statin; otherwise bad input naming the field. */
  static Code requireStatin(DrugPack pack, Code code) {
    if (pack.findByRxNorm(code).stream().noneMatch(Drug::isStatin)) {
      throw InvalidInputException.of("statin", "not-a-statin", code + " is not a statin the drug pack knows");
    }
    return code;
  }
}
