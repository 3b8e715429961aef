package org.painpath.pathway;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.internal.engine.Decider;
import org.painpath.pathway.internal.engine.Fold;
import org.painpath.pathway.internal.engine.Recommender;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.Pharmacology;
import org.apiguardian.api.API;

/**
 * Every argument of every method is required: a null is refused with an {@code InvalidInputException}
 * naming the parameter (code {@code required}); an {@code asOf} is never defaulted to today.
 *
 * <p>The pathway as one object: {@code decide(state, command, asOf)}, {@code evolve(state, event)},
 * {@code replay(log)} and {@code recommend(state, asOf)}. Time is always passed in. Built over the
 * bundled knowledge with {@link #standard()}, or over a stricter pharmacology (an institution's
 * policy) with {@link #over(Pharmacology)}.
 */
@API(status = STABLE)
public final class Pathway {

  private static final Pathway STANDARD = over(Pharmacology.bundled());

  private final Decider decider;
  private final Recommender recommender;

  private Pathway(Decider decider, Recommender recommender) {
    this.decider = decider;
    this.recommender = recommender;
  }

  /**
   * The pathway over the bundled drug pack, policy and intervention catalogue.
   *
   * @return the standard pathway, one shared instance
   */
  public static Pathway standard() {
    return STANDARD;
  }

  /**
   * The pathway over another pharmacology, e.g. one with an institution's stricter policy.
   *
   * @param pharmacology the pharmacology whose checks and limits the pathway uses
   * @return the pathway
   * @throws org.painpath.core.problem.InvalidInputException naming {@code pharmacology} when null
   */
  public static Pathway over(Pharmacology pharmacology) {
    Inputs.required(pharmacology, "pharmacology");
    PathwayPolicy policy = PathwayPolicy.bundled();
    InterventionCatalogue catalogue = InterventionCatalogue.bundled();
    return new Pathway(
        new Decider(policy, catalogue, pharmacology), Recommender.of(policy, catalogue, pharmacology));
  }

  /**
   * Judges a command against a case's state: accepted with the events to append, or rejected with its reasons.
   * Nothing is changed.
   *
   * @param state the case's state
   * @param command what the clinician asks
   * @param asOf the date the decision is for
   * @return the decision
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public Decision decide(CaseState state, Command command, LocalDate asOf) {
    Problems.collector().required(state, "state").required(command, "command").required(asOf, "asOf").throwIfAny();
    return decider.decide(state, command, asOf);
  }

  /**
   * The state after one event.
   *
   * @param state the state before
   * @param event the event
   * @return the state after
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, or the event when it
   *     cannot follow the state
   */
  public CaseState evolve(CaseState state, PathwayEvent event) {
    Problems.collector().required(state, "state").required(event, "event").throwIfAny();
    return Fold.evolve(state, event);
  }

  /**
   * The state a log's events fold to.
   *
   * @param log the case log
   * @return the state after every event
   * @throws org.painpath.core.problem.InvalidInputException naming {@code log} when null, or the first
   *     inconsistent event
   */
  public CaseState replay(CaseLog log) {
    return Inputs.required(log, "log").replay();
  }

  /**
   * What to do next for a case as of a date.
   *
   * @param state the case's state
   * @param asOf the date the plan is for
   * @return the plan
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public Plan recommend(CaseState state, LocalDate asOf) {
    Problems.collector().required(state, "state").required(asOf, "asOf").throwIfAny();
    return recommender.recommend(state, asOf);
  }

  /**
   * Replays the log and recommends: what {@code painpath plan FILE.json} prints.
   *
   * @param log the case log
   * @param asOf the date the plan is for
   * @return the plan
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public Plan plan(CaseLog log, LocalDate asOf) {
    Problems.collector().required(log, "log").required(asOf, "asOf").throwIfAny();
    return recommend(log.replay(), asOf);
  }

  /**
   * Decides a command on the log's state and, when accepted, returns the log with the events
   * appended and the state they lead to; a rejected command leaves the log and state as they were.
   * The decision says which happened.
   *
   * @param log the case log
   * @param command what the clinician asks
   * @param asOf the date the decision is for
   * @return the decision, the log and the state after it
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public Handled handle(CaseLog log, Command command, LocalDate asOf) {
    Problems.collector().required(log, "log").required(command, "command").required(asOf, "asOf").throwIfAny();
    CaseState before = log.replay();
    Decision decision = decide(before, command, asOf);
    if (decision instanceof Accepted accepted) {
      // The new state is the state before folded with the new events only: no second replay of the log.
      return new Handled(log.append(accepted.events()), decision, Fold.replay(before, accepted.events()));
    }
    return new Handled(log, decision, before);
  }

  /**
   * A command's decision, the log after it and the case's state after it (the state before, when rejected).
   *
   * @param log the log after the command (unchanged when rejected)
   * @param decision the decision
   * @param state the state after the command (the state before, when rejected)
   */
  public record Handled(CaseLog log, Decision decision, CaseState state) {}
}
