package org.painpath.pathway.internal.cause;

import java.util.List;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;

/** The underlying-cause sub-pathway's guard rows. */
public final class CauseGuards {

  private CauseGuards() {}

  /** A cause is reviewed only after it was treated or referred (PW-04). */
  public static List<GuardRow<?>> rows(PathwayPolicy policy) {
    return List.of(
        GuardRow.on(
            "cause-review-needs-management",
            RuleId.KNOWN_SUBJECT,
            ReviewCause.class,
            List.of(
                new Clause<ReviewCause>(
                    "cause-not-managed",
                    "the cause is treated or referred",
                    c -> CauseConditions.managed(c.cause()),
                    (s, c, asOf) ->
                        policy.rule(RuleId.KNOWN_SUBJECT)
                            .blocking("cause-not-managed", "treat or refer the cause before reviewing it")
                            .about(c.cause().name())
                            .value("causeStatus", s.cause(c.cause()).map(x -> x.status().name()).orElse("none"))
                            .build()))));
  }
}
