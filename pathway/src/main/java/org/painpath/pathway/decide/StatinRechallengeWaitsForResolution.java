package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinCourse;

/**
 * No statin while statin muscle symptoms are unresolved: a rechallenge needs the symptoms resolved,
 * the washout served (SAMS-10) and, after severe symptoms, CK back within range (SAMS-09).
 */
final class StatinRechallengeWaitsForResolution implements Guard {

  private final PathwayPolicy policy;

  StatinRechallengeWaitsForResolution(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public String name() {
    return "statin-rechallenge-waits-for-resolution";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof RechallengeStatin)) {
      return Reasons.none();
    }
    StatinCourse course = state.statin();
    List<Finding> reasons = new ArrayList<>();
    LocalDate heldOn = course.heldOn();
    if (heldOn != null) {
      LocalDate washoutEnds = heldOn.plus(policy.statinWashoutBeforeRechallenge().value());
      if (command.date().isBefore(washoutEnds)) {
        reasons.add(
            Finding.builder("statin-washout-not-served", org.painpath.core.explain.Severity.BLOCKING)
                .message("the statin washout is not over: " + policy.statinWashoutBeforeRechallenge().rationale())
                .value("heldOn", heldOn)
                .value("washout", policy.statinWashoutBeforeRechallenge().value())
                .value("earliestRechallenge", washoutEnds)
                .value("date", command.date())
                .citations(policy.statinWashoutBeforeRechallenge().citations())
                .build());
      }
    }
    if (!course.ckClearedForRechallenge()) {
      reasons.add(
          Reasons.blocking(
                  "ck-not-normalised", policy.rule("statin-rechallenge"), "after severe symptoms CK must be back within range")
              .value("severity", Reasons.orNone(course.severity()))
              .value("ckWithinRange", Reasons.orNone(course.ckNormal()))
              .build());
    }
    return reasons;
  }
}
