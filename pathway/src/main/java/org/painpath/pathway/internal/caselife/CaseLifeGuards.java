package org.painpath.pathway.internal.caselife;

import java.util.Arrays;
import java.util.List;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.internal.rule.Values;

/** The case's life: the gates every command passes first, and entering maintenance. */
public final class CaseLifeGuards {

  /** Every concrete command type: the gates apply to all of them. */
  @SuppressWarnings("unchecked")
  private static final List<Class<? extends Command>> EVERY_COMMAND =
      Arrays.stream(Command.class.getPermittedSubclasses()).<Class<? extends Command>>map(c -> (Class<? extends Command>) c).toList();

  private CaseLifeGuards() {}

  /** Whether the case can take a command at all; when one fails, only the gates are reported. */
  public static List<GuardRow<?>> gates(PathwayPolicy policy) {
    PathwayRule ordered = policy.rule(RuleId.ORDERED_LOG);
    PathwayRule once = policy.rule(RuleId.CASE_OPENED_ONCE);
    PathwayRule closed = policy.rule(RuleId.CLOSED_CASE);
    return List.of(
        // A command is dated on or after the last event and never after the as-of date (PW-01).
        GuardRow.onEach(
            "commands-follow-the-log",
            RuleId.ORDERED_LOG,
            EVERY_COMMAND,
            List.of(
                new Clause<Command>(
                    "dated-after-as-of",
                    "dated on or before the as-of date",
                    CaseLifeGuards::notAfterAsOf,
                    (s, c, asOf) ->
                        ordered
                            .blocking("dated-after-as-of", "the command is dated after the as-of date")
                            .value("date", c.date())
                            .value("asOf", asOf)
                            .build()),
                new Clause<Command>(
                    "dated-before-last-event",
                    "dated on or after the last event",
                    // one date finding at most: a command after the as-of date is reported as that alone
                    c -> notAfterAsOf(c).not().or(notBeforeLastEvent(c)),
                    (s, c, asOf) ->
                        ordered
                            .blocking("dated-before-last-event", "the command is dated before the last event")
                            .value("date", c.date())
                            .value("lastEvent", java.util.Objects.requireNonNull(s.lastEventOn()))
                            .build()))),
        // A case opens once; every other command needs it open (PW-02).
        GuardRow.onEach(
            "case-opens-once",
            RuleId.CASE_OPENED_ONCE,
            EVERY_COMMAND,
            List.of(
                new Clause<Command>(
                    "case-already-open",
                    "an opening finds the case not yet open",
                    c -> c instanceof OpenCase ? CaseLifeConditions.OPENED.not() : Condition.constant("not an opening", true),
                    (s, c, asOf) ->
                        once.blocking("case-already-open", "the case is already open")
                            .value("openedOn", Values.orNone(s.openedOn()))
                            .build()),
                new Clause<Command>(
                    "case-not-open",
                    "any other command finds the case open",
                    c -> c instanceof OpenCase ? Condition.constant("an opening", true) : CaseLifeConditions.OPENED,
                    (s, c, asOf) ->
                        once.blocking("case-not-open", "open the case first").value("command", CommandNames.of(c)).build()))),
        // Nothing more happens on the pathway after discharge or urgent referral (PW-03).
        GuardRow.onEach(
            "closed-case-takes-no-commands",
            RuleId.CLOSED_CASE,
            EVERY_COMMAND,
            List.of(
                new Clause<Command>(
                    "case-closed",
                    CaseLifeConditions.CLOSED.not().name(),
                    c -> CaseLifeConditions.CLOSED.not(),
                    (s, c, asOf) ->
                        closed.blocking("case-closed", "the case is closed")
                            .value("phase", s.phase())
                            .value("command", CommandNames.of(c))
                            .build()))));
  }

  /** Maintenance follows a documented improvement (OUT-15, OUT-02), and is entered once. */
  public static List<GuardRow<?>> maintenanceRows(PathwayPolicy policy) {
    return List.of(
        GuardRow.on(
            "maintenance-entered-once",
            RuleId.KNOWN_SUBJECT,
            EnterMaintenance.class,
            List.of(
                new Clause<EnterMaintenance>(
                    "already-in-maintenance",
                    CaseLifeConditions.IN_MAINTENANCE.not().name(),
                    c -> CaseLifeConditions.IN_MAINTENANCE.not(),
                    (s, c, asOf) ->
                        policy.rule(RuleId.KNOWN_SUBJECT)
                            .blocking("already-in-maintenance", "the case is already in maintenance")
                            .build()))),
        GuardRow.on(
            "maintenance-needs-improvement",
            RuleId.MAINTENANCE_NEEDS_IMPROVEMENT,
            EnterMaintenance.class,
            List.of(
                new Clause<EnterMaintenance>(
                    "no-documented-improvement",
                    CaseLifeConditions.IMPROVEMENT_DOCUMENTED.name(),
                    // already in maintenance is reported alone, by the row above
                    c -> CaseLifeConditions.IN_MAINTENANCE.or(CaseLifeConditions.IMPROVEMENT_DOCUMENTED),
                    (s, c, asOf) ->
                        policy.rule(RuleId.MAINTENANCE_NEEDS_IMPROVEMENT)
                            .blocking("no-documented-improvement", "no improvement is documented")
                            .value("respondingTrial", false)
                            .value("resolvedCause", false)
                            .value("statinStatus", s.statin().status())
                            .build()))));
  }

  private static Condition notAfterAsOf(Command c) {
    return Condition.of("dated on or before the as-of date", (s, asOf) -> !c.date().isAfter(asOf));
  }

  private static Condition notBeforeLastEvent(Command c) {
    return Condition.of(
        "dated on or after the last event",
        (s, asOf) -> s.lastEventOn() == null || !c.date().isBefore(java.util.Objects.requireNonNull(s.lastEventOn())));
  }
}
