package org.painpath.pathway.state;

import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinRechallengeTolerated;
import org.painpath.pathway.event.StatinRechallenged;
import org.painpath.pathway.event.StatinResumed;
import org.painpath.pathway.event.StatinSymptomsAttributedElsewhere;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.event.StatinSymptomsReviewed;

/** How the statin sub-pathway's events change a case (reference section 3). */
final class StatinEvolution {

  private StatinEvolution() {}

  static CaseState held(CaseState s, StatinHeld e) {
    StatinCourse now = s.statin();
    if (now.status().symptomsUnresolved()) {
      throw Evolve.inconsistent("type", "statin-already-held", "the statin is already held");
    }
    StatinCourse next =
        new StatinCourse(
            StatinStatus.HELD, e.statin(), e.severity(), e.date(), null, null, null, now.recurrences(), e.date());
    return with(s, next);
  }

  static CaseState reviewed(CaseState s, StatinSymptomsReviewed e) {
    StatinCourse now = require(s, StatinStatus.HELD, StatinStatus.RESOLVED);
    Boolean ck = e.ckNormal() != null ? e.ckNormal() : now.ckNormal();
    StatinStatus status = e.resolved() ? StatinStatus.RESOLVED : StatinStatus.HELD;
    java.time.LocalDate resolvedOn = e.resolved() ? (now.resolvedOn() != null ? now.resolvedOn() : e.date()) : null;
    return with(
        s,
        new StatinCourse(
            status,
            now.heldStatin(),
            now.severity(),
            now.heldOn(),
            resolvedOn,
            ck,
            null,
            now.recurrences(),
            status == now.status() ? now.since() : e.date()));
  }

  static CaseState rechallenged(CaseState s, StatinRechallenged e) {
    StatinCourse now = require(s, StatinStatus.RESOLVED);
    if (!now.ckClearedForRechallenge()) {
      throw Evolve.inconsistent("type", "ck-not-cleared", "CK must be back to normal before a rechallenge after severe symptoms");
    }
    return with(
        s,
        new StatinCourse(
            StatinStatus.RECHALLENGED,
            now.heldStatin(),
            now.severity(),
            now.heldOn(),
            now.resolvedOn(),
            now.ckNormal(),
            e.statin(),
            now.recurrences(),
            e.date()));
  }

  static CaseState recurred(CaseState s, StatinSymptomsRecurred e) {
    StatinCourse now = require(s, StatinStatus.RECHALLENGED);
    return with(
        s,
        new StatinCourse(
            StatinStatus.HELD,
            now.currentStatin(),
            now.severity(),
            e.date(),
            null,
            null,
            null,
            now.recurrences() + 1,
            e.date()));
  }

  static CaseState tolerated(CaseState s, StatinRechallengeTolerated e) {
    return with(s, require(s, StatinStatus.RECHALLENGED).withStatus(StatinStatus.TOLERATED, e.date()));
  }

  static CaseState attributedElsewhere(CaseState s, StatinSymptomsAttributedElsewhere e) {
    return with(s, require(s, StatinStatus.HELD).withStatus(StatinStatus.ATTRIBUTED_ELSEWHERE, e.date()));
  }

  static CaseState resumed(CaseState s, StatinResumed e) {
    StatinCourse now = require(s, StatinStatus.ATTRIBUTED_ELSEWHERE);
    return with(
        s,
        new StatinCourse(
            StatinStatus.RESUMED,
            now.heldStatin(),
            now.severity(),
            now.heldOn(),
            now.resolvedOn(),
            now.ckNormal(),
            now.heldStatin(),
            now.recurrences(),
            e.date()));
  }

  private static StatinCourse require(CaseState s, StatinStatus... allowed) {
    StatinStatus status = s.statin().status();
    for (StatinStatus ok : allowed) {
      if (status == ok) {
        return s.statin();
      }
    }
    throw Evolve.inconsistent(
        "type", "statin-status", "needs the statin course in " + java.util.List.of(allowed) + ", was " + status);
  }

  private static CaseState with(CaseState s, StatinCourse course) {
    return s.edit().withStatin(course);
  }
}
