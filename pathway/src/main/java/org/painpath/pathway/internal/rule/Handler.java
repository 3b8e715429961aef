package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.state.CaseState;

/**
 * Turns one kind of command, already allowed by every guard row, into its events; it may still reject
 * when the answer depends on a service (pharmacology's check of the whole regimen).
 */
@FunctionalInterface
public interface Handler<C extends Command> {

  Decision handle(CaseState state, C command, LocalDate asOf);

  /** Where a sub-pathway registers its handlers, by command type. */
  interface Registry {
    <C extends Command> Registry on(Class<C> type, Handler<C> handler);
  }
}
