package org.painpath.pathway.properties;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.ActionChain;
import org.painpath.pathway.Pathway;
import java.math.BigDecimal;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RecordLabResult;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.pathway.state.TrialStatus;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.testkit.api.pathway.PathwayCase;
import org.painpath.testkit.api.pathway.PathwayInvariants;
import org.painpath.testkit.api.pathway.PathwayVisits;

/**
 * Random sequences of visits (jqwik stateful testing): after every command, whatever it was, every
 * invariant of the pathway holds (PathwayInvariants). Each invariant is only as good as the chains
 * that reach its precondition, so the situations it guards are counted per chain and
 * {@code checkCoverage} fails the property when one is reached in fewer than 5 % of chains.
 */
class PathwayStateMachineProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  /** The situations an invariant has something to say about. */
  enum Reached {
    COMMAND_REJECTED,
    DRUG_TRIAL_RUNNING,
    STATIN_HELD,
    TAPER_RUNNING,
    ESCALATION_BEFORE_EVALUATION,
    REFERRAL_DUE,
    /** A creatinine above the one in force recorded while a drug trial is taken (issue 13). */
    RENAL_DECLINE_DURING_TRIAL
  }

  @Property(tries = 1000)
  void every_reachable_case_keeps_every_invariant(@ForAll("cases") ActionChain<PathwayCase> chain) {
    Set<Reached> reached = EnumSet.noneOf(Reached.class);
    var invariants = PathwayInvariants.afterEachVisit(PHARMACOLOGY);
    PathwayCase last =
        chain
            .withInvariant(
                "pathway invariants",
                c -> {
                  invariants.accept(c);
                  record(c, reached);
                })
            .run();
    PathwayInvariants.replayGivesTheSameStateAlsoAfterJson(last);
    for (Reached situation : Reached.values()) {
      Statistics.label(situation.name())
          .collect(reached.contains(situation))
          .coverage(c -> c.check(true).percentage(p -> p >= 5.0));
    }
    Statistics.label("final phase").collect(last.state().phase());
    Statistics.label("failed trials").collect(last.state().failedTrials());
  }

  private static void record(PathwayCase c, Set<Reached> reached) {
    if (c.lastDecision() instanceof Rejected) {
      reached.add(Reached.COMMAND_REJECTED);
    }
    if (c.state().trials().stream().anyMatch(t -> t.status() == TrialStatus.ACTIVE)) {
      reached.add(Reached.DRUG_TRIAL_RUNNING);
    }
    if (c.state().trials().stream().anyMatch(t -> t.status() == TrialStatus.TAPERING)) {
      reached.add(Reached.TAPER_RUNNING);
    }
    if (c.state().statin().status() == StatinStatus.HELD) {
      reached.add(Reached.STATIN_HELD);
    }
    Command command = c.lastCommand();
    if (command instanceof StartDrugTrial && c.lastDecision() instanceof Rejected r && r.hasReason("evaluation-not-complete")) {
      reached.add(Reached.ESCALATION_BEFORE_EVALUATION);
    }
    if (c.state().failedTrials() >= 2) {
      reached.add(Reached.REFERRAL_DUE);
    }
    if (command instanceof RecordLabResult lab && c.lastDecision() instanceof Accepted && !c.state().takenTrials().isEmpty()
        && lab.fact().serumCreatinine().isPresent()) {
      BigDecimal before = c.logBefore().replay().patientOn(lab.date()).serumCreatinine().map(SerumCreatinine::mgPerDl).orElse(null);
      if (before == null || lab.fact().serumCreatinine().get().mgPerDl().compareTo(before) > 0) {
        reached.add(Reached.RENAL_DECLINE_DURING_TRIAL);
      }
    }
  }

  @Provide
  Arbitrary<ActionChain<PathwayCase>> cases() {
    return PathwayVisits.chains(Pathway.standard(), 50);
  }
}
