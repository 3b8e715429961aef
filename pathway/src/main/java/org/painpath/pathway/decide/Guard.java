package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.state.CaseState;

/**
 * A named policy a command must satisfy in a state: empty when allowed, otherwise the blocking
 * findings that say why not. Guards judge; they never produce events.
 */
public interface Guard {

  /** A kebab-case name a clinician can read, e.g. {@code escalation-follows-evaluation}. */
  String name();

  List<Finding> check(CaseState state, Command command, LocalDate asOf);
}
