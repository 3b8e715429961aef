package org.painpath.pathway.decide;

import java.time.LocalDate;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.state.CaseState;

/**
 * Turns one kind of command, already allowed by every guard, into its events; it may still reject
 * when the answer depends on a service (pharmacology's check of the whole regimen).
 */
interface Handler<C extends Command> {

  Decision handle(CaseState state, C command, LocalDate asOf);
}
