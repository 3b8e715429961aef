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

  static void held(CaseDraft s, StatinHeld e) {
    StatinCourse now = s.statin();
    if (now.status().symptomsUnresolved()) {
      throw Evolve.inconsistent("type", "statin-already-held", "the statin is already held");
    }
    StatinCourse next =
        new StatinCourse(
            StatinStatus.HELD, e.statin(), e.severity(), e.date(), null, null, null, now.recurrences(), e.date());
    s.statin(next);
  }

  static void reviewed(CaseDraft s, StatinSymptomsReviewed e) {
    StatinCourse now = require(s, StatinStatus.HELD, StatinStatus.RESOLVED);
    Boolean ck = e.ckNormal() != null ? e.ckNormal() : now.ckNormal();
    StatinStatus status = e.resolved() ? StatinStatus.RESOLVED : StatinStatus.HELD;
    java.time.LocalDate resolvedOn = e.resolved() ? (now.resolvedOn() != null ? now.resolvedOn() : e.date()) : null;
    s.statin(
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

  static void rechallenged(CaseDraft s, StatinRechallenged e) {
    StatinCourse now = require(s, StatinStatus.RESOLVED);
    if (!now.ckClearedForRechallenge()) {
      throw Evolve.inconsistent("type", "ck-not-cleared", "CK must be back to normal before a rechallenge after severe symptoms");
    }
    s.statin(
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

  static void recurred(CaseDraft s, StatinSymptomsRecurred e) {
    StatinCourse now = require(s, StatinStatus.RECHALLENGED);
    s.statin(
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

  static void tolerated(CaseDraft s, StatinRechallengeTolerated e) {
    s.statin(require(s, StatinStatus.RECHALLENGED).withStatus(StatinStatus.TOLERATED, e.date()));
  }

  static void attributedElsewhere(CaseDraft s, StatinSymptomsAttributedElsewhere e) {
    s.statin(require(s, StatinStatus.HELD).withStatus(StatinStatus.ATTRIBUTED_ELSEWHERE, e.date()));
  }

  static void resumed(CaseDraft s, StatinResumed e) {
    StatinCourse now = require(s, StatinStatus.ATTRIBUTED_ELSEWHERE);
    s.statin(
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
}
