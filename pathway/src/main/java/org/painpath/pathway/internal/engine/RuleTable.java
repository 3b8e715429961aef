package org.painpath.pathway.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.painpath.pathway.internal.care.CareGuards;
import org.painpath.pathway.internal.caselife.CaseLifeGuards;
import org.painpath.pathway.internal.cause.CauseGuards;
import org.painpath.pathway.internal.opioid.OpioidGuards;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.internal.statin.StatinGuards;
import org.painpath.pathway.internal.trial.TrialGuards;
import org.painpath.pathway.internal.workup.WorkupGuards;
import org.painpath.pharmacology.DrugPack;

/**
 * Every guard row of the pathway, in the order they are asked (which is the order of a rejection's
 * findings): the gates, then each sub-pathway's rows. What a reviewer reads to know what the decider
 * enforces, and what answers "what can block command X" ({@link #rowsFor}).
 */
public final class RuleTable {

  /**
   * The rules no guard row enforces, each with where it is enforced instead: every other rule has
   * exactly one row (RuleTableTest), except {@link RuleId#KNOWN_SUBJECT}, the bookkeeping rule (PW-04)
   * each sub-pathway's transition table or subject check enforces with a row of its own.
   */
  public static final Map<RuleId, String> NOT_GUARDED =
      Map.ofEntries(
          Map.entry(RuleId.LOG_CHECKED_WHEN_READ, "the log's checks when a stored log is read (log.LogChecks)"),
          Map.entry(RuleId.MISSING_DATA, "the trial handler, when pharmacology cannot judge without the data; the plan's renal pitfall"),
          Map.entry(RuleId.RECORDED_DOSE_WITHIN_LIMITS, "the plan (dose above limits pitfall, reduction and titration advisors)"),
          Map.entry(RuleId.STATIN_HOLD, "the work-up handler (hold on statin symptoms) and the statin advisor"),
          Map.entry(RuleId.OPIOID_IN_USE, "the plan's opioid pitfall"),
          Map.entry(RuleId.IMAGING_NEEDS_RED_FLAG, "the plan's imaging pitfall"),
          Map.entry(RuleId.PASSIVE_TREATMENT, "words only: the passive-treatment pitfall cites the policy's passiveOnlyLongest"),
          Map.entry(RuleId.ACTIVE_CARE, "the non-drug care advisor"),
          Map.entry(RuleId.PSYCHOSOCIAL_CARE, "the non-drug care advisor and the psychosocial pitfall"),
          Map.entry(RuleId.MULTIDISCIPLINARY_REHABILITATION, "the multidisciplinary referral advisor"),
          Map.entry(RuleId.SWITCH_OR_COMBINE, "the drug candidates advisor"),
          Map.entry(RuleId.TAPER, "the taper advisor"),
          Map.entry(RuleId.URGENT_REFERRAL, "the evaluation handlers and the urgent referral advisor"),
          Map.entry(RuleId.UNDERLYING_CAUSE, "the cause advisor"),
          Map.entry(RuleId.OUTCOME_MONITORING, "the measures and follow-up advisors"));

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
