package org.painpath.pathway.properties;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.testkit.api.pathway.PathwayCase;
import org.painpath.testkit.api.pathway.PathwayVisits;
import org.painpath.testkit.api.pathway.RecommendedCommands;

/**
 * What the recommender proposes, turned into the command a clinician would give, the decider accepts:
 * in every reachable case, after every visit (issue 13, part 3). A recommendation the pathway itself
 * would refuse is advice no one can follow. There are no exclusions: every recommendation is mapped by
 * {@link RecommendedCommands}, and those that ask for no command now give none:
 *
 * <ul>
 *   <li>{@code FollowUp}: a date to see the patient again;
 *   <li>{@code HoldStatin}: recommended only for a statin already held ("keep it stopped"), nothing to record;
 *   <li>{@code TaperDrug}: the taper runs on its schedule; its end ({@code CompleteTaper}) is the clinician's
 *       to record once the last step is taken, which the property cannot know;
 *   <li>{@code OrderTests} of CK and creatinine while a statin is held: their results come back with the
 *       statin review ({@code ReviewStatinSymptoms}, the clinician's reading of CK), not as a command;
 *   <li>{@code Refer} to a specialist outside the pathway (neuromuscular), or an urgent referral the
 *       pathway has recorded itself;
 *   <li>{@code ReduceDose} with no dose (none within the limits, or the reduction withheld for another
 *       drug's blocking findings: its rationale says which).
 * </ul>
 *
 * Statistics show, per kind, how often it was recommended and carried out; the kinds the generated
 * chains reach with a command are checked to be carried out at least once (a property that carries
 * nothing out proves nothing). {@code ReduceDose} is reached only when a recorded patient fact (a new
 * creatinine, an MAOI started elsewhere) lowers a limit below a dose taken, in about one chain in
 * thirty, so it is carried out and decided when reached but not counted.
 */
class RecommendationsAreDecidableProperties {

  /** Kinds the chains carry out: each must have been decided at least once over the run. */
  private static final List<String> CARRIED_OUT =
      List.of(
          "AssessOutcome", "StartIntervention", "OrderTests", "ScreenRedFlags", "TitrateDrug", "ManageCause",
          "StartDrug", "RechallengeStatin", "Refer");

  @Property(tries = 400)
  void every_recommendation_carried_out_is_accepted(@ForAll("cases") ActionChain<PathwayCase> chain) {
    chain.withInvariant("recommendations are decidable", RecommendationsAreDecidableProperties::decidable).run();
    Statistics.label("carried out")
        .coverage(coverage -> CARRIED_OUT.forEach(kind -> coverage.check(kind).count(n -> n > 0)));
  }

  private static void decidable(PathwayCase c) {
    if (c.state().openedOn() == null) {
      return;
    }
    Plan plan = c.pathway().recommend(c.state(), c.today());
    for (Recommendation recommendation : plan.recommendations()) {
      Statistics.label("recommended").collect(recommendation.getClass().getSimpleName());
      LocalDate day = RecommendedCommands.dayFor(recommendation, c.today());
      for (Command command : RecommendedCommands.carryingOut(recommendation, c.state(), day)) {
        Statistics.label("carried out").collect(recommendation.getClass().getSimpleName());
        Decision decision = c.pathway().decide(c.state(), command, day);
        if (decision instanceof Rejected rejected) {
          throw new AssertionError(
              recommendation.getClass().getSimpleName() + " recommended on " + c.today() + " (" + recommendation.rationale()
                  + "), carried out as " + PainpathJson.write(command) + ", was rejected: "
                  + rejected.reasons().stream().map(f -> f.code() + " (" + f.message() + ")").toList());
        }
      }
    }
  }

  @Provide
  Arbitrary<ActionChain<PathwayCase>> cases() {
    return PathwayVisits.chains(Pathway.standard(), 50);
  }
}
