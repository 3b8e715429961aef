package org.painpath.pathway.internal.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sub-pathway's transition table: for each step, the statuses it may start from, both for the
 * command that asks for it (read by the guard row) and for the event that records it (read by the
 * evolution, which refuses a stored log that breaks the table). One table, two readers.
 */
public final class Transitions<S extends Enum<S>> {

  private final Map<Class<?>, List<S>> commands = new LinkedHashMap<>();
  private final Map<Class<?>, List<S>> events = new LinkedHashMap<>();

  /** The command may be taken from these statuses only. */
  @SafeVarargs
  public final Transitions<S> command(Class<?> command, S... from) {
    commands.put(command, List.of(from));
    return this;
  }

  /** The event may follow these statuses only (listed in the order an error names them). */
  @SafeVarargs
  public final Transitions<S> event(Class<?> event, S... from) {
    events.put(event, List.of(from));
    return this;
  }

  /** Whether the command may be taken from this status; a command not in the table is not its business. */
  public boolean allowsCommand(Class<?> command, S status) {
    List<S> from = commands.get(command);
    return from == null || from.contains(status);
  }

  /** The statuses the event may follow. */
  public List<S> eventFrom(Class<?> event) {
    List<S> from = events.get(event);
    if (from == null) {
      throw new IllegalStateException("no transition for " + event.getSimpleName());
    }
    return from;
  }

  public boolean allowsEvent(Class<?> event, S status) {
    return eventFrom(event).contains(status);
  }

  /** The command types this table governs, in table order. */
  public List<Class<?>> commands() {
    return List.copyOf(commands.keySet());
  }

  /** The statuses each command may start from, in table order: what a reader of the rule table sees. */
  public Map<Class<?>, List<S>> commandTable() {
    return java.util.Collections.unmodifiableMap(commands);
  }
}
