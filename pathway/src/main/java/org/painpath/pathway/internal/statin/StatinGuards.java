package org.painpath.pathway.internal.statin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.Clause;
import org.painpath.pathway.internal.rule.CommandNames;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.policy.RuleId;
import org.painpath.pathway.internal.rule.Values;

/** The statin sub-pathway's guard rows, in the order they are asked. */
public final class StatinGuards {

  private StatinGuards() {}

  @SuppressWarnings("unchecked")
  public static List<GuardRow<?>> rows(PathwayPolicy policy) {
    List<Class<? extends Command>> steps =
        StatinTransitions.TABLE.commands().stream().<Class<? extends Command>>map(c -> (Class<? extends Command>) c).toList();
    return List.of(
        // The statin course's steps in their order: one table (StatinTransitions), read here and by the evolution.
        GuardRow.onEach(
            "statin-course-allows-the-step",
            RuleId.KNOWN_SUBJECT,
            steps,
            List.of(
                new Clause<Command>(
                    "statin-step-out-of-order",
                    "the statin course's status allows the step",
                    c -> Condition.of(
                        "the statin course's status allows the step",
                        (s, asOf) -> StatinTransitions.TABLE.allowsCommand(c.getClass(), s.statin().status())),
                    (s, c, asOf) ->
                        policy.rule(RuleId.KNOWN_SUBJECT)
                            .blocking("statin-step-out-of-order", "the statin course cannot take this step now")
                            .value("statinStatus", s.statin().status())
                            .value("command", CommandNames.of(c))
                            .build()))),
        // No statin while symptoms are unresolved: washout served (SAMS-10), CK back after severe symptoms (SAMS-09).
        GuardRow.on(
            "statin-rechallenge-waits-for-resolution",
            RuleId.STATIN_RECHALLENGE,
            RechallengeStatin.class,
            List.of(
                new Clause<RechallengeStatin>(
                    "statin-washout-not-served",
                    "the statin washout is served",
                    c -> StatinConditions.washoutServed(policy).at(c.date()),
                    (s, c, asOf) -> {
                      var washout = policy.statinWashoutBeforeRechallenge();
                      LocalDate heldOn = Objects.requireNonNull(s.statin().heldOn(), "a washout runs from a hold");
                      return Finding.builder("statin-washout-not-served", Severity.BLOCKING)
                          .message("the statin washout is not over: " + washout.rationale())
                          .value("heldOn", heldOn)
                          .value("washout", washout.value())
                          .value("earliestRechallenge", StatinConditions.washoutEnds(policy, heldOn))
                          .value("date", c.date())
                          .citations(washout.citations())
                          .build();
                    }),
                new Clause<RechallengeStatin>(
                    "ck-not-normalised",
                    StatinConditions.CK_CLEARED.name(),
                    c -> StatinConditions.CK_CLEARED,
                    (s, c, asOf) ->
                        policy.rule(RuleId.STATIN_RECHALLENGE)
                            .blocking("ck-not-normalised", "after severe symptoms CK must be back within range")
                            .value("severity", Values.orNone(s.statin().severity()))
                            .value("ckWithinRange", Values.orNone(s.statin().ckNormal()))
                            .build()))),
        // Symptoms are called not statin-related only after the full period off the statin (SAMS-05, SAMS-08).
        GuardRow.on(
            "statin-attribution-waits-two-months",
            RuleId.STATIN_OTHER_CAUSES,
            AttributeSymptomsElsewhere.class,
            List.of(
                new Clause<AttributeSymptomsElsewhere>(
                    "statin-attribution-too-early",
                    "two months off the statin",
                    c -> StatinConditions.otherCausesDue(policy).at(c.date()),
                    (s, c, asOf) -> {
                      var period = policy.statinOtherCausesAfter();
                      LocalDate heldOn = Objects.requireNonNull(s.statin().heldOn(), "the period runs from a hold");
                      return Finding.builder("statin-attribution-too-early", Severity.BLOCKING)
                          .message("too early to call the symptoms not statin-related: " + period.rationale())
                          .value("heldOn", heldOn)
                          .value("period", period.value())
                          .value("earliest", StatinConditions.otherCausesFrom(policy, heldOn))
                          .value("date", c.date())
                          .citations(period.citations())
                          .build();
                    }))),
        // Once statin-associated autoimmune myopathy is suspected (work-up or recorded condition), no statin is
        // restarted, and the symptoms are not called "not statin-related" (SAMS-14).
        GuardRow.onEach(
            "no-statin-after-autoimmune-myopathy",
            RuleId.NO_STATIN_AFTER_AUTOIMMUNE_MYOPATHY,
            List.of(RechallengeStatin.class, ResumeStatin.class, AttributeSymptomsElsewhere.class),
            List.of(
                new Clause<Command>(
                    "statin-autoimmune-myopathy-suspected",
                    StatinConditions.NO_AUTOIMMUNE_MYOPATHY.name(),
                    c -> StatinConditions.NO_AUTOIMMUNE_MYOPATHY.at(c.date()),
                    (s, c, asOf) -> {
                      var finding =
                          policy.rule(RuleId.NO_STATIN_AFTER_AUTOIMMUNE_MYOPATHY)
                              .blocking("statin-autoimmune-myopathy-suspected", "no statin may be restarted")
                              .value("cause", UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY)
                              .value("command", CommandNames.of(c));
                      StatinConditions.recordedMyopathy(s, c.date())
                          .ifPresent(
                              m -> finding
                                  .value("condition", m.getKey().system().label() + " " + m.getKey().code())
                                  .value("matchedBy", m.getValue().label()));
                      return finding.build();
                    }))));
  }
}
