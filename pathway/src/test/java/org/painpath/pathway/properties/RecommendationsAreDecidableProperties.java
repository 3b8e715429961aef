package org.painpath.pathway.properties;

import java.time.LocalDate;
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
 * in every reachable case, after every visit. A recommendation the pathway itself would refuse is
 * advice no one can follow.
 */
class RecommendationsAreDecidableProperties {

  @Property(tries = 400, afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED, shrinking = net.jqwik.api.ShrinkingMode.OFF)
  void every_recommendation_carried_out_is_accepted(@ForAll("cases") ActionChain<PathwayCase> chain) {
    chain.withInvariant("recommendations are decidable", RecommendationsAreDecidableProperties::decidable).run();
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
              recommendation.getClass().getSimpleName() + " recommended on " + c.today() + " in " + PainpathJson.write(c.state().statin()) + " (" + recommendation.rationale()
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
