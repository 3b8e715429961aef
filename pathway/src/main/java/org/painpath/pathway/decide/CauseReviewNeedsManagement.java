package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseStatus;

/** A cause is reviewed only after it was treated or referred (PW-04). */
final class CauseReviewNeedsManagement implements Guard {

  private final PathwayPolicy policy;

  CauseReviewNeedsManagement(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "cause-review-needs-management";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof ReviewCause)) {
      return Reasons.none();
    }
    ReviewCause review = (ReviewCause) command;
    String status = state.cause(review.cause()).map(c -> c.status().name()).orElse("none");
    if (status.equals(CauseStatus.MANAGED.name())) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("cause-not-managed", policy.rule("known-subject"), "treat or refer the cause before reviewing it")
            .about(review.cause().name())
            .value("causeStatus", status));
  }
}
