package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** A command is dated on or after the last event and never after the as-of date (PW-01). */
final class CommandsFollowTheLog implements Guard {

  private final PathwayPolicy policy;

  CommandsFollowTheLog(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "commands-follow-the-log";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    LocalDate last = state.lastEventOn();
    if (command.date().isAfter(asOf)) {
      return Reasons.one(
          Reasons.blocking("dated-after-as-of", policy.rule("ordered-log"), "the command is dated after the as-of date")
              .value("date", command.date())
              .value("asOf", asOf));
    }
    if (last != null && command.date().isBefore(last)) {
      return Reasons.one(
          Reasons.blocking("dated-before-last-event", policy.rule("ordered-log"), "the command is dated before the last event")
              .value("date", command.date())
              .value("lastEvent", last));
    }
    return Reasons.none();
  }
}
