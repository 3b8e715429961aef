package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.OrderedTest;
import org.apiguardian.api.API;

/**
 * The diagnostic evaluation of a case: what was ordered, what was found, or why it was skipped.
 *
 * @param status where the evaluation stands
 * @param orders the tests ordered
 * @param findings what the interpreted results showed, as findings
 * @param settledOn the day it was interpreted or skipped, or null
 * @param skipReason why it was skipped, or null
 */
@API(status = EXPERIMENTAL)
public record Evaluation(
    WorkupStatus status,
    List<OrderedTest> orders,
    List<Finding> findings,
    @Nullable LocalDate settledOn,
    @Nullable String skipReason) {

  /** No test ordered, nothing skipped. */
  public static final Evaluation NOT_STARTED = new Evaluation(WorkupStatus.NOT_STARTED, List.of(), List.of(), null, null);

  /**
   * Copies the lists.
   *
   * @param status the status
   * @param orders the tests ordered
   * @param findings the findings
   * @param settledOn the day settled, or null
   * @param skipReason the reason skipped, or null
   */
  public Evaluation {
    orders = List.copyOf(orders);
    findings = List.copyOf(findings);
  }

  /**
   * Whether drug escalation may follow: interpreted or skipped with a reason (SAMS-03, PW-05).
   *
   * @return true when settled
   */
  public boolean isSettled() {
    return status.isSettled();
  }
}
