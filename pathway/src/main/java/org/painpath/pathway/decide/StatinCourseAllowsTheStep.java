package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ReportStatinRecurrence;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinStatus;

/**
 * The statin sub-pathway's steps in their order: hold, review until resolved, rechallenge, then
 * tolerated or recurred; or, unresolved, attributed elsewhere and resumed (reference section 3).
 * Which statuses each step may start from is one table.
 */
final class StatinCourseAllowsTheStep implements Guard {

  private static final Map<Class<? extends Command>, Set<StatinStatus>> ALLOWED_FROM =
      Map.of(
          HoldStatin.class,
          Set.of(
              StatinStatus.NOT_INVOLVED,
              StatinStatus.TOLERATED,
              StatinStatus.RESUMED),
          ReviewStatinSymptoms.class, Set.of(StatinStatus.HELD, StatinStatus.RESOLVED),
          RechallengeStatin.class, Set.of(StatinStatus.RESOLVED),
          ReportStatinRecurrence.class, Set.of(StatinStatus.RECHALLENGED),
          ConfirmStatinTolerated.class, Set.of(StatinStatus.RECHALLENGED),
          AttributeSymptomsElsewhere.class, Set.of(StatinStatus.HELD),
          ResumeStatin.class, Set.of(StatinStatus.ATTRIBUTED_ELSEWHERE));

  private final PathwayPolicy policy;

  StatinCourseAllowsTheStep(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "statin-course-allows-the-step";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    Set<StatinStatus> allowed = ALLOWED_FROM.get(command.getClass());
    StatinStatus status = state.statin().status();
    if (allowed == null || allowed.contains(status)) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking("statin-step-out-of-order", policy.rule("known-subject"), "the statin course cannot take this step now")
            .value("statinStatus", status)
            .value("command", CommandNames.of(command)));
  }
}
