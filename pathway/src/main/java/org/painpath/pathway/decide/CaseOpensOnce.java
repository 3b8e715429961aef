package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;

/** A case opens once; every other command needs it open (PW-02). */
final class CaseOpensOnce implements Guard {

  private final PathwayPolicy policy;

  CaseOpensOnce(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "case-opens-once";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    boolean opened = state.openedOn() != null;
    boolean opening = command instanceof OpenCase;
    if (opening && opened) {
      return Reasons.one(
          Reasons.blocking("case-already-open", policy.rule("case-opened-once"), "the case is already open")
              .value("openedOn", Reasons.orNone(state.openedOn())));
    }
    if (!opening && !opened) {
      return Reasons.one(
          Reasons.blocking("case-not-open", policy.rule("case-opened-once"), "open the case first")
              .value("command", CommandNames.of(command)));
    }
    return Reasons.none();
  }
}
