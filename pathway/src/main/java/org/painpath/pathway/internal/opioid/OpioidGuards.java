package org.painpath.pathway.internal.opioid;

import java.util.List;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;

/** The opioid sub-pathway's guard rows. */
public final class OpioidGuards {

  private OpioidGuards() {}

  /** Only a recorded opioid can be recorded as stopped (PW-04). */
  public static List<GuardRow<?>> rows(PathwayPolicy policy) {
    return List.of(
        GuardRow.on(
            "opioid-stop-needs-a-record",
            RuleId.KNOWN_SUBJECT,
            StopOpioid.class,
            List.of(
                new Clause<StopOpioid>(
                    "opioid-not-recorded",
                    "the opioid is recorded as taken",
                    c -> OpioidConditions.recorded(c.drug()),
                    (s, c, asOf) ->
                        policy.rule(RuleId.KNOWN_SUBJECT)
                            .blocking("opioid-not-recorded", "this opioid is not recorded as taken")
                            .about(c.drug())
                            .value("recorded", s.opioids().stream().map(o -> o.drug()).toList())
                            .build()))));
  }
}
