package org.painpath.pathway.internal.workup;

import java.util.List;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;

/** The diagnostic evaluation's guard rows. */
public final class WorkupGuards {

  private WorkupGuards() {}

  public static List<GuardRow<?>> rows(PathwayPolicy policy) {
    return List.of(
        // Ordered once, interpreted only when ordered, skipped only while unsettled (PW-06; WorkupTransitions).
        GuardRow.onEach(
            "workup-follows-its-order",
            RuleId.WORKUP_BEFORE_RESULTS,
            List.of(OrderWorkup.class, RecordWorkupResults.class, SkipWorkup.class),
            List.of(
                new Clause<Command>(
                    "workup-out-of-order",
                    "the work-up's status allows the step",
                    c ->
                        Condition.of(
                            "the work-up's status allows the step",
                            (s, asOf) -> WorkupTransitions.TABLE.allowsCommand(c.getClass(), s.evaluation().status())),
                    (s, c, asOf) ->
                        policy.rule(RuleId.WORKUP_BEFORE_RESULTS)
                            .blocking("workup-out-of-order", "the work-up cannot take this step now")
                            .value("workup", s.evaluation().status())
                            .value("command", CommandNames.of(c))
                            .build()))));
  }
}
