package org.painpath.pathway.internal.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pathway.state.CaseState;

/** The handler of each command type, registered by type (by each sub-pathway) so dispatch stays type-safe. */
final class Handlers implements Handler.Registry {

  private final Map<Class<? extends Command>, Registered<?>> byType = new HashMap<>();

  @Override
  public <C extends Command> Handlers on(Class<C> type, Handler<C> handler) {
    if (byType.put(type, new Registered<>(type, handler)) != null) {
      throw new IllegalStateException("two handlers for " + type.getSimpleName());
    }
    return this;
  }

  boolean handles(Class<?> type) {
    return byType.containsKey(type);
  }

  Decision handle(CaseState state, Command command, LocalDate asOf) {
    Registered<?> registered = byType.get(command.getClass());
    if (registered == null) {
      // Only reachable if a command type is added without its handler; GatesTest checks every type.
      throw new IllegalStateException("no handler for " + command.getClass().getSimpleName());
    }
    return registered.handle(state, command, asOf);
  }

  private record Registered<C extends Command>(Class<C> type, Handler<C> handler) {
    Decision handle(CaseState state, Command command, LocalDate asOf) {
      return handler.handle(state, type.cast(command), asOf);
    }
  }
}
