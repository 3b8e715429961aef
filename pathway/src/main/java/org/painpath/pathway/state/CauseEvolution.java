package org.painpath.pathway.state;

import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;

/** How managing and reviewing an underlying cause change a case. */
final class CauseEvolution {

  private CauseEvolution() {}

  /** A cause may be managed as found by the work-up, or as the clinician knows it; managed again to change plan. */
  static void managed(CaseDraft s, CauseManaged e) {
    CauseCourse managed =
        new CauseCourse(
            e.cause(),
            s.cause(e.cause()).map(CauseCourse::foundOn).orElse(e.date()),
            CauseStatus.MANAGED,
            e.action(),
            e.referredTo(),
            e.date());
    if (s.cause(e.cause()).isPresent()) {
      s.causeList().replaceFirst(c -> c.cause() == e.cause(), c -> managed);
    } else {
      s.causeList().add(managed);
    }
  }

  static void reviewed(CaseDraft s, CauseReviewed e) {
    boolean managed = s.cause(e.cause()).map(c -> c.status() == CauseStatus.MANAGED).orElse(false);
    if (!managed) {
      throw Evolve.inconsistent("cause", "cause-not-managed", e.cause() + " has not been treated or referred");
    }
    CauseStatus result = e.painResolved() ? CauseStatus.RESOLVED : CauseStatus.UNRESOLVED;
    s.causeList()
        .replaceFirst(
            c -> c.cause() == e.cause(),
            c -> new CauseCourse(c.cause(), c.foundOn(), result, c.action(), c.referredTo(), c.managedOn()));
  }
}
