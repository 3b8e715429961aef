package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.Pharmacology;

/**
 * {@code decide(state, command, asOf) -> Decision}. The gates (log order, open case, closed case)
 * are asked first: if any fails, only they are reported, since nothing else can be judged on a case
 * that cannot take a command. Then every clinical guard is asked and all failures are reported at
 * once. Only then does the command's handler produce events, asking pharmacology and evaluation
 * where the answer is theirs. Nothing here reads a clock or changes anything.
 */
public final class Decider {

  private final List<Guard> gates;
  private final List<Guard> guards;
  private final Handlers handlers = new Handlers();

  public Decider(PathwayPolicy policy, InterventionCatalogue catalogue, Pharmacology pharmacology) {
    this.gates = Guards.gates(policy);
    this.guards = Guards.policies(policy, pharmacology.pack());
    CaseHandlers.register(handlers, policy, catalogue, pharmacology.pack());
    StatinHandlers.register(handlers, pharmacology.pack());
    new EvaluationHandlers(new CurrentStatin(pharmacology.pack())).register(handlers);
    new TrialHandlers(pharmacology, policy).register(handlers);
  }

  public Decision decide(CaseState state, Command command, LocalDate asOf) {
    List<Finding> closed = failures(gates, state, command, asOf);
    if (!closed.isEmpty()) {
      return new Rejected(closed);
    }
    List<Finding> refused = failures(guards, state, command, asOf);
    if (!refused.isEmpty()) {
      return new Rejected(refused);
    }
    return handlers.handle(state, command, asOf);
  }

  /** Every guard, gates first, in the order they are asked. */
  public List<Guard> allGuards() {
    return java.util.stream.Stream.concat(gates.stream(), guards.stream()).toList();
  }

  boolean handles(Class<?> commandType) {
    return handlers.handles(commandType);
  }

  private static List<Finding> failures(List<Guard> guards, CaseState state, Command command, LocalDate asOf) {
    return guards.stream().flatMap(g -> g.check(state, command, asOf).stream()).toList();
  }
}
