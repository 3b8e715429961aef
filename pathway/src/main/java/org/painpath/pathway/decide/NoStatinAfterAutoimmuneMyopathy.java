package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** Once statin-associated autoimmune myopathy is suspected, no statin is restarted (SAMS-14). */
final class NoStatinAfterAutoimmuneMyopathy implements Guard {

  private final PathwayPolicy policy;

  NoStatinAfterAutoimmuneMyopathy(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "no-statin-after-autoimmune-myopathy";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    boolean restart = command instanceof RechallengeStatin || command instanceof ResumeStatin;
    if (!restart || state.cause(UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY).isEmpty()) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking(
                "statin-autoimmune-myopathy-suspected",
                policy.rule("no-statin-after-autoimmune-myopathy"),
                "no statin may be restarted")
            .value("cause", UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY)
            .value("command", CommandNames.of(command)));
  }
}
