package org.painpath.pathway.internal.caselife;

import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.pathway.state.TrialStatus;

/** The case's life conditions (open, closed, maintenance), each written once. */
final class CaseLifeConditions {

  static final Condition OPENED = Condition.of("the case is open", (s, asOf) -> s.openedOn() != null);

  static final Condition CLOSED = Condition.of("the case is closed", (s, asOf) -> s.phase().isClosed());

  static final Condition IN_MAINTENANCE = Condition.of("the case is in maintenance", (s, asOf) -> s.maintenance() != null);

  /**
   * A documented improvement: a trial concluded as a response, a cause whose treatment resolved the
   * pain, or statin symptoms resolved (OUT-15, OUT-02).
   */
  static final Condition IMPROVEMENT_DOCUMENTED =
      Condition.of(
          "an improvement is documented",
          (s, asOf) ->
              s.trials().stream().anyMatch(t -> t.status() == TrialStatus.CONTINUING)
                  || s.causes().stream().anyMatch(c -> c.status() == CauseStatus.RESOLVED)
                  || s.statin().status() == StatinStatus.TOLERATED
                  || s.statin().status() == StatinStatus.RESOLVED);

  private CaseLifeConditions() {}
}
