package org.painpath.pathway.internal.statin;

import java.time.LocalDate;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinRechallengeTolerated;
import org.painpath.pathway.event.StatinRechallenged;
import org.painpath.pathway.event.StatinResumed;
import org.painpath.pathway.event.StatinSymptomsAttributedElsewhere;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.event.StatinSymptomsReviewed;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.state.StatinCourse;
import org.painpath.pathway.state.StatinStatus;

/**
 * How the statin sub-pathway's events change its course (reference section 3): pure functions from the
 * course before to the course after, each event allowed only from the statuses {@link StatinTransitions}
 * lists for it.
 */
public final class StatinEvolution {

  private StatinEvolution() {}

  public static StatinCourse held(StatinCourse now, StatinHeld e) {
    if (!StatinTransitions.TABLE.allowsEvent(StatinHeld.class, now.status())) {
      throw Inconsistent.of("type", "statin-already-held", "the statin is already held");
    }
    return new StatinCourse(
        StatinStatus.HELD, e.statin(), e.severity(), e.date(), null, null, null, now.recurrences(), e.date());
  }

  public static StatinCourse reviewed(StatinCourse now, StatinSymptomsReviewed e) {
    require(now, e);
    Boolean ck = e.ckNormal() != null ? e.ckNormal() : now.ckNormal();
    StatinStatus status = e.resolved() ? StatinStatus.RESOLVED : StatinStatus.HELD;
    LocalDate resolvedOn = e.resolved() ? (now.resolvedOn() != null ? now.resolvedOn() : e.date()) : null;
    return new StatinCourse(
        status,
        now.heldStatin(),
        now.severity(),
        now.heldOn(),
        resolvedOn,
        ck,
        null,
        now.recurrences(),
        status == now.status() ? now.since() : e.date());
  }

  public static StatinCourse rechallenged(StatinCourse now, StatinRechallenged e) {
    require(now, e);
    if (!StatinConditions.ckCleared(now)) {
      throw Inconsistent.of("type", "ck-not-cleared", "CK must be back to normal before a rechallenge after severe symptoms");
    }
    return new StatinCourse(
        StatinStatus.RECHALLENGED,
        now.heldStatin(),
        now.severity(),
        now.heldOn(),
        now.resolvedOn(),
        now.ckNormal(),
        e.statin(),
        now.recurrences(),
        e.date());
  }

  public static StatinCourse recurred(StatinCourse now, StatinSymptomsRecurred e) {
    require(now, e);
    return new StatinCourse(
        StatinStatus.HELD, now.currentStatin(), now.severity(), e.date(), null, null, null, now.recurrences() + 1, e.date());
  }

  public static StatinCourse tolerated(StatinCourse now, StatinRechallengeTolerated e) {
    require(now, e);
    return now.withStatus(StatinStatus.TOLERATED, e.date());
  }

  public static StatinCourse attributedElsewhere(StatinCourse now, StatinSymptomsAttributedElsewhere e) {
    require(now, e);
    return now.withStatus(StatinStatus.ATTRIBUTED_ELSEWHERE, e.date());
  }

  public static StatinCourse resumed(StatinCourse now, StatinResumed e) {
    require(now, e);
    return new StatinCourse(
        StatinStatus.RESUMED,
        now.heldStatin(),
        now.severity(),
        now.heldOn(),
        now.resolvedOn(),
        now.ckNormal(),
        now.heldStatin(),
        now.recurrences(),
        e.date());
  }

  private static void require(StatinCourse now, PathwayEvent e) {
    if (!StatinTransitions.TABLE.allowsEvent(e.getClass(), now.status())) {
      throw statinStatus(StatinTransitions.TABLE.eventFrom(e.getClass()), now.status());
    }
  }

  private static InvalidInputException statinStatus(java.util.List<StatinStatus> allowed, StatinStatus status) {
    return Inconsistent.of("type", "statin-status", "needs the statin course in " + allowed + ", was " + status);
  }
}
