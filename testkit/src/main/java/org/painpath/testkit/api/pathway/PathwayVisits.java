package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.painpath.pathway.Pathway;
import org.apiguardian.api.API;

/**
 * Visits as jqwik stateful actions: each visit moves the clinic's date on and decides one command
 * drawn for the case as it stands. Chains start with a patient from {@link PathwayPatients}.
 */
@API(status = EXPERIMENTAL)
public final class PathwayVisits {

  /** The first visit of every generated case; any fixed date will do, nothing reads a clock. */
  public static final LocalDate FIRST_VISIT = LocalDate.of(2025, 1, 6);

  private PathwayVisits() {
    // Must never be called: static entry points only.
  }

  /**
   * Days to the next visit: often the same day, often within a week, and the intervals the pathway
   * turns on (2 and 4 weeks, 2 months), so washouts, reviews and adequate trials are reached.
   *
   * @return days from one visit to the next, 0 to 70
   */
  public static Arbitrary<Integer> daysBetweenVisits() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)),
        Tuple.of(4, Arbitraries.integers().between(1, 7)),
        Tuple.of(2, Arbitraries.of(14, 28, 35, 42)),
        Tuple.of(1, Arbitraries.integers().between(43, 70)));
  }

  /**
   * One visit: a date step and a command for the case's state at that date.
   *
   * @return a jqwik action that makes one visit
   */
  public static Action.Dependent<PathwayCase> visit() {
    return current ->
        daysBetweenVisits()
            .flatMap(
                days ->
                    PathwayCommands.next(current.state(), current.today().plusDays(days))
                        .map(
                            command ->
                                Transformer.transform(
                                    "+" + days + "d " + command.getClass().getSimpleName(),
                                    (PathwayCase c) -> c.visit(days, command))));
  }

  /**
   * Chains of up to {@code maxVisits} visits for generated patients, judged by {@code pathway}.
   *
   * @param pathway the pathway that judges every command
   * @param maxVisits the most visits in a chain
   * @return action chains starting from an admitted patient; add invariants with {@code withInvariant}
   */
  public static Arbitrary<ActionChain<PathwayCase>> chains(Pathway pathway, int maxVisits) {
    return PathwayPatients.patients()
        .flatMap(
            patient ->
                ActionChain.startWith(() -> PathwayCase.admit(pathway, patient, FIRST_VISIT))
                    .withAction(visit())
                    .withMaxTransformations(maxVisits));
  }
}
