package org.painpath.pathway.internal.workup;

import static org.painpath.pathway.state.WorkupStatus.NOT_STARTED;
import static org.painpath.pathway.state.WorkupStatus.ORDERED;

import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.event.WorkupInterpreted;
import org.painpath.pathway.event.WorkupOrdered;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.internal.rule.Transitions;
import org.painpath.pathway.state.WorkupStatus;

/**
 * The work-up is ordered once, interpreted only when ordered, skipped only while unsettled (PW-06).
 * The guard row (workup-out-of-order) reads the command side, the evolution the event side.
 */
final class WorkupTransitions {

  static final Transitions<WorkupStatus> TABLE =
      new Transitions<WorkupStatus>()
          .command(OrderWorkup.class, NOT_STARTED)
          .event(WorkupOrdered.class, NOT_STARTED)
          .command(RecordWorkupResults.class, ORDERED)
          .event(WorkupInterpreted.class, ORDERED)
          .command(SkipWorkup.class, NOT_STARTED, ORDERED)
          .event(WorkupSkipped.class, NOT_STARTED, ORDERED);

  private WorkupTransitions() {}
}
