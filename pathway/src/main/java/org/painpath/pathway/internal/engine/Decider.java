package org.painpath.pathway.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.internal.care.CareHandlers;
import org.painpath.pathway.internal.caselife.CaseLifeHandlers;
import org.painpath.pathway.internal.caselife.PatientFactHandlers;
import org.painpath.pathway.internal.cause.CauseHandlers;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.internal.opioid.OpioidHandlers;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.internal.statin.CurrentStatin;
import org.painpath.pathway.internal.statin.StatinHandlers;
import org.painpath.pathway.internal.trial.TrialHandlers;
import org.painpath.pathway.internal.workup.EvaluationHandlers;
import org.painpath.pharmacology.Pharmacology;

/**
 * {@code decide(state, command, asOf) -> Decision}. The gates (log order, open case, closed case)
 * are asked first: if any fails, only they are reported, since nothing else can be judged on a case
 * that cannot take a command. Then every guard row of the {@link RuleTable} is asked and all failures
 * are reported at once. Only then does the command's handler produce events, asking pharmacology and
 * evaluation where the answer is theirs. Nothing here reads a clock or changes anything.
 */
public final class Decider {

  private final RuleTable table;
  private final Handlers handlers = new Handlers();

  public Decider(PathwayPolicy policy, InterventionCatalogue catalogue, Pharmacology pharmacology) {
    this.table = new RuleTable(policy, pharmacology.pack());
    CaseLifeHandlers.register(handlers, policy);
    PatientFactHandlers.register(handlers);
    OpioidHandlers.register(handlers, pharmacology.pack());
    CauseHandlers.register(handlers);
    CareHandlers.register(handlers, catalogue);
    StatinHandlers.register(handlers, pharmacology.pack());
    new EvaluationHandlers(new CurrentStatin(pharmacology.pack())::holdFor).register(handlers);
    new TrialHandlers(pharmacology, policy).register(handlers);
  }

  public Decision decide(CaseState state, Command command, LocalDate asOf) {
    List<Finding> closed = failures(table.gates(), state, command, asOf);
    if (!closed.isEmpty()) {
      return new Rejected(closed);
    }
    List<Finding> refused = failures(table.rows(), state, command, asOf);
    if (!refused.isEmpty()) {
      return new Rejected(refused);
    }
    return handlers.handle(state, command, asOf);
  }

  /** The rule table this decider asks. */
  public RuleTable table() {
    return table;
  }

  public boolean handles(Class<?> commandType) {
    return handlers.handles(commandType);
  }

  private static List<Finding> failures(List<GuardRow<?>> rows, CaseState state, Command command, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    for (GuardRow<?> row : rows) {
      found.addAll(row.check(state, command, asOf));
    }
    return List.copyOf(found);
  }
}
