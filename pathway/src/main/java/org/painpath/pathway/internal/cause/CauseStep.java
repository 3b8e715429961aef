package org.painpath.pathway.internal.cause;

import org.painpath.pathway.plan.ManageCause;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReviewDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.CauseStatus;

/**
 * Each underlying cause found is treated or referred (SAMS-03, PMR-04, RF-07); once managed, the
 * pain is reviewed at the next review window to see whether it resolved with it.
 */
public final class CauseStep implements Advisor {

  private final PathwayRule rule;

  public CauseStep(PathwayRule rule) {
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (CauseCourse cause : state.causes()) {
      LocalDate managedOn = cause.managedOn();
      if (cause.status() == CauseStatus.FOUND) {
        steps.add(
            new ManageCause(
                cause.cause(),
                cause.cause().referTo(),
                "The work-up found " + readable(cause) + ": treat it, or refer to " + cause.cause().referTo() + ". "
                    + rule.statement(),
                rule.citations()));
      } else if (cause.status() == CauseStatus.MANAGED && managedOn != null) {
        steps.add(
            new FollowUp(
                ReviewDates.proposed(ReviewDates.afterChange(managedOn), asOf),
                "review whether the pain resolved with the management of " + readable(cause),
                rule.statement(),
                rule.citations()));
      }
    }
    return steps;
  }

  private static String readable(CauseCourse cause) {
    return cause.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
