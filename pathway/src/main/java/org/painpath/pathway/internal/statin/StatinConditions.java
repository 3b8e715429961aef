package org.painpath.pathway.internal.statin;

import java.util.Map;
import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSet;
import org.painpath.core.code.ConditionCodeSets;
import org.painpath.core.code.MatchBasis;
import org.painpath.pathway.state.CaseState;
import java.time.LocalDate;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.state.StatinCourse;
import org.painpath.pathway.state.StatinStatus;

/**
 * The statin sub-pathway's conditions, each written once and read by its guard rows, its evolution and
 * its advisor alike.
 */
final class StatinConditions {

  /**
   * Statin-associated autoimmune myopathy is not suspected (SAMS-14): neither found by the work-up nor among
   * the patient's conditions on the date (matched on core's code list, by code or, flagged, by text).
   */
  static final Condition NO_AUTOIMMUNE_MYOPATHY =
      Condition.of(
          "statin-associated autoimmune myopathy not suspected",
          (s, asOf) -> s.cause(UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY).isEmpty() && recordedMyopathy(s, asOf).isEmpty());

  /** After severe symptoms, CK is back within range (SAMS-09). */
  static final Condition CK_CLEARED =
      Condition.of("CK back within range after severe symptoms", (s, asOf) -> ckCleared(s.statin()));

  /** The symptoms have resolved: the status a rechallenge starts from. */
  static final Condition RESOLVED =
      Condition.of(
          "statin symptoms resolved",
          (s, asOf) -> StatinTransitions.TABLE.allowsCommand(RechallengeStatin.class, s.statin().status()));

  private StatinConditions() {}

  /** The patient's recorded condition that names the myopathy on the date, with how it matched. */
  static Optional<Map.Entry<Code, MatchBasis>> recordedMyopathy(CaseState state, LocalDate on) {
    CodeSet set = ConditionCodeSets.bundled().require(ConditionCodeSets.STATIN_AUTOIMMUNE_MYOPATHY);
    for (Code condition : state.patientOn(on).conditions()) {
      Optional<MatchBasis> basis = set.match(condition);
      if (basis.isPresent()) {
        return Optional.of(Map.entry(condition, basis.get()));
      }
    }
    return Optional.empty();
  }

  static boolean ckCleared(StatinCourse course) {
    return course.ckClearedForRechallenge();
  }

  /** The day the washout ends (SAMS-10), for a held statin. */
  static LocalDate washoutEnds(PathwayPolicy policy, LocalDate heldOn) {
    return heldOn.plus(policy.statinWashoutBeforeRechallenge().value());
  }

  /** The first day the symptoms may be called not statin-related (SAMS-05), for a held statin. */
  static LocalDate otherCausesFrom(PathwayPolicy policy, LocalDate heldOn) {
    return heldOn.plus(policy.statinOtherCausesAfter().value());
  }

  /** The washout after the hold is served by the date (or nothing was held). */
  static Condition washoutServed(PathwayPolicy policy) {
    return Condition.of(
        "the statin washout is served",
        (s, on) -> {
          LocalDate heldOn = s.statin().heldOn();
          return heldOn == null || !on.isBefore(washoutEnds(policy, heldOn));
        });
  }

  /** The symptoms have persisted the full period off the statin by the date (or nothing was held). */
  static Condition otherCausesDue(PathwayPolicy policy) {
    return Condition.of(
        "two months off the statin",
        (s, on) -> {
          LocalDate heldOn = s.statin().heldOn();
          return heldOn == null || !on.isBefore(otherCausesFrom(policy, heldOn));
        });
  }

  /** Everything a rechallenge needs: resolved, washout served, CK cleared, no autoimmune myopathy. */
  static Condition rechallengeAllowed(PathwayPolicy policy) {
    return RESOLVED.and(washoutServed(policy)).and(CK_CLEARED).and(NO_AUTOIMMUNE_MYOPATHY);
  }

  static boolean symptomsUnresolved(StatinCourse course) {
    return course.status() == StatinStatus.HELD;
  }
}
