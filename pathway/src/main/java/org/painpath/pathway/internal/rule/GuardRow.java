package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.state.CaseState;

import org.painpath.pathway.policy.RuleId;
/**
 * One row of the rule table: the rule it enforces, the command types it applies to, and its clauses in
 * the order their findings are reported. A row judges; it never produces events. "What can block
 * command X" is the list of rows that apply to X.
 */
public record GuardRow<C extends Command>(
    String name, RuleId rule, Class<C> type, List<Class<? extends C>> commands, List<Clause<C>> clauses) {

  public GuardRow {
    commands = List.copyOf(commands);
    clauses = List.copyOf(clauses);
  }

  /** A row for one command type. */
  public static <C extends Command> GuardRow<C> on(String name, RuleId rule, Class<C> type, List<Clause<C>> clauses) {
    return new GuardRow<>(name, rule, type, List.of(type), clauses);
  }

  /** A row for several command types judged alike (e.g. every step of a sub-pathway). */
  public static GuardRow<Command> onEach(
      String name, RuleId rule, List<Class<? extends Command>> commands, List<Clause<Command>> clauses) {
    return new GuardRow<>(name, rule, Command.class, commands, clauses);
  }

  public boolean appliesTo(Class<?> commandType) {
    return commands.contains(commandType);
  }

  /** The finding codes this row can give, in order. */
  public List<String> codes() {
    return clauses.stream().map(Clause::code).toList();
  }

  /** What the command needs for this row to let it through: its clauses' conditions, in order. */
  public List<String> requires() {
    return clauses.stream().map(Clause::requires).toList();
  }

  /** Empty when the command passes; otherwise the blocking findings, in clause order. */
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!appliesTo(command.getClass())) {
      return List.of();
    }
    C typed = type.cast(command);
    List<Finding> found = new ArrayList<>(1);
    for (Clause<C> clause : clauses) {
      clause.check(state, typed, asOf).ifPresent(found::add);
    }
    return found;
  }
}
