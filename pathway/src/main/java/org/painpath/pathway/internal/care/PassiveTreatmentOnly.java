package org.painpath.pathway.internal.care;

import org.painpath.pathway.internal.rule.Pitfall;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.intervention.Modality;
import org.painpath.pathway.internal.rule.Durations;
import org.painpath.pathway.policy.CitedPeriod;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.InterventionCourse;

/**
 * Only passive treatment has been running for longer than the pathway allows (reference PIT-04;
 * period DESIGN, see clinical-decisions.md). The passive-only stretch starts when the current passive
 * treatments started, or when the last active treatment stopped, whichever is later; a drug trial
 * does not count as active care.
 */
public final class PassiveTreatmentOnly implements Pitfall {

  private final CitedPeriod longest;

  public PassiveTreatmentOnly(CitedPeriod longest) {
    this.longest = longest;
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    List<InterventionCourse> running = state.runningInterventions();
    if (running.isEmpty() || running.stream().anyMatch(i -> i.modality() == Modality.ACTIVE)) {
      return List.of();
    }
    LocalDate passiveSince = running.stream().map(InterventionCourse::startedOn).min(LocalDate::compareTo).orElseThrow();
    Optional<LocalDate> lastActiveStop =
        state.interventions().stream()
            .filter(i -> i.modality() == Modality.ACTIVE)
            .map(InterventionCourse::stoppedOn)
            .filter(java.util.Objects::nonNull)
            .max(LocalDate::compareTo);
    LocalDate since = lastActiveStop.filter(d -> d.isAfter(passiveSince)).orElse(passiveSince);
    LocalDate limit = since.plus(longest.value());
    if (!asOf.isAfter(limit)) {
      return List.of();
    }
    return List.of(
        Finding.builder("passive-treatment-only", Severity.MODERATE)
            .about(running.stream().map(InterventionCourse::intervention).toList())
            .message("Only passive treatment since " + since + ", longer than " + Durations.words(longest.value()) + ": " + longest.rationale())
            .value("passiveOnlySince", since)
            .value("longest", longest.value())
            .value("asOf", asOf)
            .citations(longest.citations())
            .build());
  }
}
