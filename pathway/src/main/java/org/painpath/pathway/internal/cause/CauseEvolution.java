package org.painpath.pathway.internal.cause;

import java.util.List;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.internal.rule.ListChange;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.CauseStatus;

/** How managing and reviewing an underlying cause change a case's causes: pure functions to one change. */
public final class CauseEvolution {

  private CauseEvolution() {}

  /** A cause may be managed as found by the work-up, or as the clinician knows it; managed again to change plan. */
  public static ListChange<CauseCourse> managed(List<CauseCourse> causes, CauseManaged e) {
    int i = indexOf(causes, e.cause());
    CauseCourse managed =
        new CauseCourse(
            e.cause(), i >= 0 ? causes.get(i).foundOn() : e.date(), CauseStatus.MANAGED, e.action(), e.referredTo(), e.date());
    return i >= 0 ? ListChange.replace(i, managed) : ListChange.append(managed);
  }

  public static ListChange<CauseCourse> reviewed(List<CauseCourse> causes, CauseReviewed e) {
    int i = indexOf(causes, e.cause());
    if (i < 0 || !CauseConditions.MANAGED.test(causes.get(i))) {
      throw Inconsistent.of("cause", "cause-not-managed", e.cause() + " has not been treated or referred");
    }
    CauseCourse c = causes.get(i);
    CauseStatus result = e.painResolved() ? CauseStatus.RESOLVED : CauseStatus.UNRESOLVED;
    return ListChange.replace(i, new CauseCourse(c.cause(), c.foundOn(), result, c.action(), c.referredTo(), c.managedOn()));
  }

  /** The index of the cause's course, or -1. */
  public static int indexOf(List<CauseCourse> causes, UnderlyingCause cause) {
    for (int i = 0; i < causes.size(); i++) {
      if (causes.get(i).cause() == cause) {
        return i;
      }
    }
    return -1;
  }
}
