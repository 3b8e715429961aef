package org.painpath.pathway.internal.statin;

import org.painpath.pathway.plan.HoldStatin;
import org.painpath.pathway.plan.RechallengeStatin;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReviewDates;
import org.painpath.pathway.policy.RuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinCourse;

/**
 * The statin sub-pathway's next step (reference section 3): keep the statin held and review at the
 * end of the washout; after severe symptoms check CK and creatinine until CK is back in range;
 * rechallenge once resolved; confirm tolerance; after two months unresolved, consider other causes.
 */
public final class StatinAdvisor implements Advisor {

  private final PathwayPolicy policy;

  public StatinAdvisor(PathwayPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    StatinCourse course = state.statin();
    Code statin = course.heldStatin();
    LocalDate heldOn = course.heldOn();
    List<Recommendation> steps = new ArrayList<>();
    switch (course.status()) {
      case HELD:
      case RESOLVED:
        if (statin == null || heldOn == null) {
          return steps;
        }
        LocalDate washoutEnds = StatinConditions.washoutEnds(policy, heldOn);
        boolean canRechallenge = StatinConditions.rechallengeAllowed(policy).holds(state, asOf);
        if (canRechallenge) {
          steps.add(rechallenge(statin, course.recurrences()));
        } else {
          steps.add(
              StatinConditions.NO_AUTOIMMUNE_MYOPATHY.holds(state, asOf)
                  ? hold(statin, washoutEnds.isBefore(asOf) ? asOf : washoutEnds, course)
                  : neverAgain(statin, asOf));
        }
        if (!StatinConditions.ckCleared(course)) {
          steps.add(ckAndCreatinine(state));
        }
        // never "consider other causes" while the myopathy the statin caused is suspected (SAMS-14)
        if (StatinConditions.symptomsUnresolved(course) && StatinConditions.otherCausesDue(policy).holds(state, asOf)
            && StatinConditions.NO_AUTOIMMUNE_MYOPATHY.holds(state, asOf)) {
          steps.add(
              new FollowUp(
                  asOf,
                  "symptoms unresolved since the statin was held on " + heldOn + ": consider other causes",
                  policy.statinOtherCausesAfter().rationale(),
                  policy.statinOtherCausesAfter().citations()));
        }
        return steps;
      case RECHALLENGED:
        LocalDate since = course.since() == null ? asOf : course.since();
        steps.add(
            new FollowUp(
                ReviewDates.proposed(ReviewDates.afterChange(since), asOf),
                "confirm the rechallenge statin is tolerated, or record a recurrence",
                policy.rule(RuleId.STATIN_RECHALLENGE).statement(),
                policy.rule(RuleId.STATIN_RECHALLENGE).citations()));
        return steps;
      case ATTRIBUTED_ELSEWHERE:
        steps.add(
            new FollowUp(
                asOf,
                "the original statin dose may be resumed once the other cause is identified or treated",
                policy.rule(RuleId.STATIN_OTHER_CAUSES).statement(),
                policy.rule(RuleId.STATIN_OTHER_CAUSES).citations()));
        return steps;
      default:
        return steps;
    }
  }

  private Recommendation hold(Code statin, LocalDate reviewOn, StatinCourse course) {
    return new HoldStatin(
        statin,
        reviewOn,
        "Keep " + statin.display() + " stopped ("
            + (course.severity() == StatinSymptomSeverity.SEVERE ? "severe" : "mild to moderate")
            + " muscle symptoms). " + policy.statinWashoutBeforeRechallenge().rationale() + " "
            + policy.rule(RuleId.STATIN_HOLD).statement(),
        Cite.all(policy.rule(RuleId.STATIN_HOLD).citations(), policy.statinWashoutBeforeRechallenge().citations()));
  }

  /** SAMS-14: the statin stays stopped for good, and so does every other statin. */
  private Recommendation neverAgain(Code statin, LocalDate asOf) {
    var rule = policy.rule(RuleId.NO_STATIN_AFTER_AUTOIMMUNE_MYOPATHY);
    return new HoldStatin(
        statin,
        asOf,
        "Keep " + statin.display() + " stopped and start no other statin: statin-associated autoimmune myopathy is"
            + " suspected. " + rule.statement(),
        Cite.all(rule.citations(), policy.rule(RuleId.STATIN_HOLD).citations()));
  }

  private Recommendation rechallenge(Code previous, int recurrences) {
    List<String> options = new ArrayList<>();
    if (recurrences == 0) {
      options.add("the same statin at the original or a lower dose, to establish causality");
    }
    options.add("a different statin at a low dose (e.g. pravastatin or fluvastatin), increased gradually as tolerated");
    options.add("alternate-day or weekly dosing of a potent statin (rosuvastatin, atorvastatin)");
    options.add("the lowest tolerated statin dose plus ezetimibe and/or a bile-acid sequestrant");
    return new RechallengeStatin(
        previous,
        options,
        (recurrences == 0 ? "" : "Symptoms recurred on rechallenge " + recurrences + " time(s): use a different statin. ")
            + policy.rule(RuleId.STATIN_RECHALLENGE).statement(),
        policy.rule(RuleId.STATIN_RECHALLENGE).citations());
  }

  private Recommendation ckAndCreatinine(CaseState state) {
    List<OrderedTest> tests =
        List.of(LabTest.CK, LabTest.CREATININE).stream()
            .map(OrderedTest::of)
            .toList();
    return new OrderTests(
        tests,
        "Severe symptoms: check CK and creatinine (and urinalysis for myoglobinuria) until CK is back within range. "
            + policy.rule(RuleId.STATIN_HOLD).statement(),
        Cite.all(policy.rule(RuleId.STATIN_HOLD).citations(), policy.rule(RuleId.STATIN_RECHALLENGE).citations()));
  }
}
