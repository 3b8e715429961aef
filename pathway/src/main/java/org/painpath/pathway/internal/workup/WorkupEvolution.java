package org.painpath.pathway.internal.workup;

import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.event.WorkupInterpreted;
import org.painpath.pathway.event.WorkupOrdered;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.Evaluation;
import org.painpath.pathway.state.WorkupStatus;

/** How the diagnostic evaluation's events change a case: pure functions, each allowed as {@link WorkupTransitions} says. */
public final class WorkupEvolution {

  private WorkupEvolution() {}

  /** The evaluation after an interpretation, and the causes it found that the case did not hold. */
  public record Interpreted(Evaluation evaluation, List<CauseCourse> found) {}

  public static Evaluation ordered(Evaluation now, WorkupOrdered e) {
    if (!WorkupTransitions.TABLE.allowsEvent(WorkupOrdered.class, now.status())) {
      throw Inconsistent.of("type", "workup-already-started", "the work-up is already " + now.status());
    }
    return new Evaluation(WorkupStatus.ORDERED, e.tests(), List.of(), null, null);
  }

  public static Evaluation skipped(Evaluation now, WorkupSkipped e) {
    if (!WorkupTransitions.TABLE.allowsEvent(WorkupSkipped.class, now.status())) {
      throw Inconsistent.of("type", "workup-already-settled", "the work-up is already " + now.status());
    }
    return new Evaluation(WorkupStatus.SKIPPED, now.orders(), List.of(), e.date(), e.reason());
  }

  /** Which causes are new is judged against the causes before this event. */
  public static Interpreted interpreted(Evaluation now, List<CauseCourse> causes, WorkupInterpreted e) {
    if (!WorkupTransitions.TABLE.allowsEvent(WorkupInterpreted.class, now.status())) {
      throw Inconsistent.of("type", "workup-not-ordered", "results need an ordered work-up, was " + now.status());
    }
    WorkupStatus status = e.complete() ? WorkupStatus.INTERPRETED : WorkupStatus.ORDERED;
    List<CauseCourse> found =
        e.causes().stream()
            .filter(c -> !held(causes, c))
            .map(c -> new CauseCourse(c, e.date(), CauseStatus.FOUND, null, null, null))
            .toList();
    List<OrderedTest> orders = new ArrayList<>(now.orders());
    orders.addAll(e.additionalOrders());
    return new Interpreted(new Evaluation(status, orders, e.findings(), e.complete() ? e.date() : null, null), found);
  }

  private static boolean held(List<CauseCourse> causes, UnderlyingCause cause) {
    return causes.stream().anyMatch(c -> c.cause() == cause);
  }
}
