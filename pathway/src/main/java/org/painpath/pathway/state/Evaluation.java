package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.OrderedTest;
import org.apiguardian.api.API;

/** The diagnostic evaluation of a case: what was ordered, what was found, or why it was skipped. */
@API(status = EXPERIMENTAL)
public record Evaluation(
    WorkupStatus status,
    List<OrderedTest> orders,
    List<Finding> findings,
    @Nullable LocalDate settledOn,
    @Nullable String skipReason) {

  public static final Evaluation NOT_STARTED = new Evaluation(WorkupStatus.NOT_STARTED, List.of(), List.of(), null, null);

  public Evaluation {
    orders = List.copyOf(orders);
    findings = List.copyOf(findings);
  }

  public boolean isSettled() {
    return status.isSettled();
  }
}
