package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import java.util.function.Function;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.state.CaseState;

/**
 * One finding a guard row can give: its stable code, the condition the command needs (built from the
 * command, since it may name the command's drug or date) and the why-not text when it does not hold.
 */
public record Clause<C extends Command>(String code, String requires, Function<? super C, Condition> condition, WhyNot<? super C> whyNot) {

  /** The finding this clause gives for the command in the state, if its condition does not hold. */
  java.util.Optional<Finding> check(CaseState state, C command, LocalDate asOf) {
    if (condition.apply(command).holds(state, asOf)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(whyNot.explain(state, command, asOf));
  }

  /** Builds the blocking finding that says why a command is refused. */
  @FunctionalInterface
  public interface WhyNot<C> {
    Finding explain(CaseState state, C command, LocalDate asOf);
  }
}
