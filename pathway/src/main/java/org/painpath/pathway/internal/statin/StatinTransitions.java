package org.painpath.pathway.internal.statin;

import static org.painpath.pathway.state.StatinStatus.ATTRIBUTED_ELSEWHERE;
import static org.painpath.pathway.state.StatinStatus.HELD;
import static org.painpath.pathway.state.StatinStatus.NOT_INVOLVED;
import static org.painpath.pathway.state.StatinStatus.RECHALLENGED;
import static org.painpath.pathway.state.StatinStatus.RESOLVED;
import static org.painpath.pathway.state.StatinStatus.RESUMED;
import static org.painpath.pathway.state.StatinStatus.TOLERATED;

import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.HoldStatin;
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
import org.painpath.pathway.internal.rule.Transitions;
import org.painpath.pathway.state.StatinStatus;

/**
 * The statin sub-pathway's steps in their order (reference section 3): hold, review until resolved,
 * rechallenge, then tolerated or recurred; or, unresolved, attributed elsewhere and resumed. The guard
 * row (statin-step-out-of-order) reads the command side, the evolution the event side.
 */
final class StatinTransitions {

  static final Transitions<StatinStatus> TABLE =
      new Transitions<StatinStatus>()
          .command(HoldStatin.class, NOT_INVOLVED, TOLERATED, RESUMED)
          // A hold is also recorded by the work-up (on the statin taken now); a stored log may record
          // one from any status but HELD, as logs have always been read.
          .event(StatinHeld.class, NOT_INVOLVED, RESOLVED, RECHALLENGED, TOLERATED, ATTRIBUTED_ELSEWHERE, RESUMED)
          .command(ReviewStatinSymptoms.class, HELD, RESOLVED)
          .event(StatinSymptomsReviewed.class, HELD, RESOLVED)
          .command(RechallengeStatin.class, RESOLVED)
          .event(StatinRechallenged.class, RESOLVED)
          .command(ReportStatinRecurrence.class, RECHALLENGED)
          .event(StatinSymptomsRecurred.class, RECHALLENGED)
          .command(ConfirmStatinTolerated.class, RECHALLENGED)
          .event(StatinRechallengeTolerated.class, RECHALLENGED)
          .command(AttributeSymptomsElsewhere.class, HELD)
          .event(StatinSymptomsAttributedElsewhere.class, HELD)
          .command(ResumeStatin.class, ATTRIBUTED_ELSEWHERE)
          .event(StatinResumed.class, ATTRIBUTED_ELSEWHERE);

  private StatinTransitions() {}
}
