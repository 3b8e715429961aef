package org.painpath.pathway.internal.care;

import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.internal.rule.Pitfall;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.intervention.Intervention;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;

/**
 * Psychosocial flags (depression, anxiety, catastrophizing, fear of movement) with no running
 * intervention that addresses them and no multidisciplinary referral (reference PIT-05). Self-harm
 * risk is not here: it is an urgent referral, not a pitfall.
 */
public final class PsychosocialFlagsUnaddressed implements Pitfall {

  /** The flag evaluation raises for self-harm thoughts; urgent, handled as a referral. */
  static final String SELF_HARM = "SELF_HARM_RISK";

  private final PathwayRule rule;
  private final InterventionCatalogue catalogue;

  public PsychosocialFlagsUnaddressed(PathwayRule rule, InterventionCatalogue catalogue) {
    this.rule = rule;
    this.catalogue = catalogue;
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    PsychosocialProfileAssessed profile = state.psychosocial();
    if (profile == null) {
      return List.of();
    }
    List<String> flags = profile.flags().stream().filter(f -> !f.equals(SELF_HARM)).toList();
    if (flags.isEmpty() || addressed(state, asOf)) {
      return List.of();
    }
    return List.of(
        Finding.builder("psychosocial-flags-unaddressed", Severity.MAJOR)
            .about(flags)
            .message("Psychosocial flags " + flags + " are not addressed by any running intervention: " + rule.statement())
            .value("flags", String.join(",", flags))
            .value("assessedOn", profile.date())
            .value("runningInterventions", state.runningInterventions().size())
            .citations(rule.citations())
            .build());
  }

  private boolean addressed(CaseState state, LocalDate asOf) {
    return CaseConditions.REFERRED.holds(state, asOf)
        || state.runningInterventions().stream()
            .map(i -> catalogue.find(i.intervention()))
            .flatMap(java.util.Optional::stream)
            .anyMatch(Intervention::addressesPsychosocialFactors);
  }
}
