package org.painpath.pathway.properties;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.ActionChain;
import org.painpath.pathway.Pathway;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.testkit.api.pathway.PathwayCase;
import org.painpath.testkit.api.pathway.PathwayInvariants;
import org.painpath.testkit.api.pathway.PathwayVisits;

/**
 * Random sequences of visits (jqwik stateful testing): after every command, whatever it was, every
 * invariant of the pathway holds (PathwayInvariants).
 */
class PathwayStateMachineProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  @Property(tries = 60)
  void every_reachable_case_keeps_every_invariant(@ForAll("cases") ActionChain<PathwayCase> chain) {
    PathwayCase last = chain.withInvariant("pathway invariants", PathwayInvariants.all(PHARMACOLOGY)).run();
    Statistics.label("final phase").collect(last.state().phase());
    Statistics.label("events").collect(last.log().events().size() / 10 * 10);
    Statistics.label("failed trials").collect(last.state().failedTrials());
    Statistics.label("statin").collect(last.state().statin().status());
    last.state().trials().forEach(t -> Statistics.label("trial outcome").collect(String.valueOf(t.outcome())));
  }

  @Provide
  Arbitrary<ActionChain<PathwayCase>> cases() {
    return PathwayVisits.chains(Pathway.standard(), 50);
  }
}
