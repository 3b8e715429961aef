package org.painpath.pathway.internal.care;

import java.util.List;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;

/** Non-drug care's guard rows: interventions and the multidisciplinary referral. */
public final class CareGuards {

  private CareGuards() {}

  /** An intervention starts when not running and stops when running (PW-04). */
  public static List<GuardRow<?>> interventionRows(PathwayPolicy policy) {
    PathwayRule known = policy.rule(RuleId.KNOWN_SUBJECT);
    return List.of(
        GuardRow.on(
            "intervention-commands-need-the-intervention",
            RuleId.KNOWN_SUBJECT,
            StartIntervention.class,
            List.of(
                new Clause<StartIntervention>(
                    "intervention-already-running",
                    "the intervention is not running",
                    c -> running(c.intervention()).not(),
                    (s, c, asOf) ->
                        known
                            .blocking("intervention-already-running", "the intervention is already running")
                            .about(c.intervention())
                            .value("running", true)
                            .value("command", CommandNames.of(c))
                            .build()))),
        GuardRow.on(
            "intervention-commands-need-the-intervention",
            RuleId.KNOWN_SUBJECT,
            StopIntervention.class,
            List.of(
                new Clause<StopIntervention>(
                    "intervention-not-running",
                    "the intervention is running",
                    c -> running(c.intervention()),
                    (s, c, asOf) ->
                        known
                            .blocking("intervention-not-running", "the intervention is not running")
                            .about(c.intervention())
                            .value("running", false)
                            .value("command", CommandNames.of(c))
                            .build()))));
  }

  /** A case is referred for multidisciplinary rehabilitation once (PW-04). */
  public static List<GuardRow<?>> referralRows(PathwayPolicy policy) {
    return List.of(
        GuardRow.on(
            "referral-happens-once",
            RuleId.KNOWN_SUBJECT,
            ReferMultidisciplinary.class,
            List.of(
                new Clause<ReferMultidisciplinary>(
                    "already-referred",
                    CaseConditions.REFERRED.not().name(),
                    c -> CaseConditions.REFERRED.not(),
                    (s, c, asOf) ->
                        policy.rule(RuleId.KNOWN_SUBJECT)
                            .blocking("already-referred", "the case is already referred")
                            .value("referredOn", java.util.Objects.requireNonNull(s.multidisciplinaryReferral()).date())
                            .build()))));
  }

  static Condition running(String intervention) {
    return Condition.of(intervention + " running", (s, asOf) -> s.runningIntervention(intervention).isPresent());
  }
}
