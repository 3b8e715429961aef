package org.painpath.pathway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.painpath.pathway.care.CareGuards;
import org.painpath.pathway.caselife.CaseLifeGuards;
import org.painpath.pathway.cause.CauseGuards;
import org.painpath.pathway.opioid.OpioidGuards;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.rule.GuardRow;
import org.painpath.pathway.statin.StatinGuards;
import org.painpath.pathway.trial.TrialGuards;
import org.painpath.pathway.workup.WorkupGuards;
import org.painpath.pharmacology.DrugPack;

/**
 * Every guard row of the pathway, in the order they are asked (which is the order of a rejection's
 * findings): the gates, then each sub-pathway's rows. What a reviewer reads to know what the decider
 * enforces, and what answers "what can block command X" ({@link #rowsFor}).
 */
public final class RuleTable {

  private final List<GuardRow<?>> gates;
  private final List<GuardRow<?>> rows;

  public RuleTable(PathwayPolicy policy, DrugPack pack) {
    this.gates = CaseLifeGuards.gates(policy);
    List<GuardRow<?>> all = new ArrayList<>();
    all.addAll(TrialGuards.startRows(policy, pack));
    all.addAll(WorkupGuards.rows(policy));
    all.addAll(StatinGuards.rows(policy));
    all.addAll(TrialGuards.stepRows(policy));
    all.addAll(CareGuards.interventionRows(policy));
    all.addAll(CauseGuards.rows(policy));
    all.addAll(OpioidGuards.rows(policy));
    all.addAll(CareGuards.referralRows(policy));
    all.addAll(CaseLifeGuards.maintenanceRows(policy));
    this.rows = List.copyOf(all);
  }

  /** Whether the case can take a command at all. */
  public List<GuardRow<?>> gates() {
    return gates;
  }

  /** The clinical and bookkeeping rows a command must satisfy in the current state. */
  public List<GuardRow<?>> rows() {
    return rows;
  }

  /** Every row, gates first, in the order they are asked. */
  public List<GuardRow<?>> all() {
    return Stream.concat(gates.stream(), rows.stream()).toList();
  }

  /** What can block a command of this type: the rows that apply to it, in the order they are asked. */
  public List<GuardRow<?>> rowsFor(Class<?> commandType) {
    return all().stream().filter(r -> r.appliesTo(commandType)).toList();
  }

  /** "What can block X" as text: one line per row and finding code, with the rule and the condition it needs. */
  public String whatCanBlock(Class<?> commandType) {
    StringBuilder out = new StringBuilder();
    for (GuardRow<?> row : rowsFor(commandType)) {
      for (int i = 0; i < row.clauses().size(); i++) {
        out.append(row.rule().key()).append(" | ").append(row.codes().get(i)).append(" | needs: ")
            .append(row.requires().get(i)).append('\n');
      }
    }
    return out.toString();
  }
}
