package org.painpath.testkit.api.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.apiguardian.api.API;

/**
 * Answer sets for the outcome instruments. {@link #valid(Instrument)} always scores; each generator
 * of {@link #invalid(Instrument)} breaks exactly one rule the scorer enforces (item count, range, an
 * unanswered item where none is allowed). Edge cases are every answer at its floor and its ceiling.
 */
@API(status = EXPERIMENTAL)
public final class InstrumentAnswers {

  private static final Map<Instrument, Arbitrary<List<@Nullable Integer>>> VALID = new EnumMap<>(Instrument.class);

  static {
    for (Instrument i : Instrument.values()) {
      VALID.put(i, buildValid(i));
    }
  }

  private InstrumentAnswers() {
    // Must never be called
  }

  /**
   * Every outcome instrument (NRS, PEG, BPI, PHQ-9, GAD-7, PCS, TSK-17, ODI).
   *
   * @return the instruments
   */
  public static Arbitrary<Instrument> instruments() {
    return Arbitraries.of(Instrument.class);
  }

  /**
   * A valid administration; for the ODI up to its allowed number of unanswered sections ({@code null}).
   *
   * @param instrument the instrument to answer
   * @return answer lists that {@link Instrument#score(java.util.List)} accepts
   */
  public static Arbitrary<List<@Nullable Integer>> valid(Instrument instrument) {
    Arbitrary<List<@Nullable Integer>> valid = VALID.get(instrument);
    if (valid == null) {
      throw new IllegalStateException("no generator for " + instrument);
    }
    return valid;
  }

  /**
   * A scored administration of the instrument.
   *
   * @param instrument the instrument to score
   * @return scores of valid administrations
   */
  public static Arbitrary<Score> scores(Instrument instrument) {
    return valid(instrument).map(instrument::score);
  }

  /**
   * An answer set that breaks one rule: wrong count, an answer out of range, or a forbidden gap.
   *
   * @param instrument the instrument to answer
   * @return answer lists that {@link Instrument#score(java.util.List)} must refuse
   */
  public static Arbitrary<List<@Nullable Integer>> invalid(Instrument instrument) {
    Arbitrary<List<@Nullable Integer>> wrongCount =
        answer(instrument).injectNull(0).list().ofMaxSize(instrument.itemCount() + 3)
            .filter(l -> l.size() != instrument.itemCount())
            .map(l -> new ArrayList<@Nullable Integer>(l));
    Arbitrary<List<@Nullable Integer>> outOfRange =
        Combinators.combine(
                valid(instrument),
                Arbitraries.integers().between(0, instrument.itemCount() - 1),
                Arbitraries.of(instrument.itemMinimum() - 1, instrument.itemMaximum() + 1, -100, 100))
            .as((items, index, bad) -> replaced(items, index, bad));
    Arbitrary<List<@Nullable Integer>> gaps =
        instrument.maxMissingItems() == 0
            ? Combinators.combine(valid(instrument), Arbitraries.integers().between(0, instrument.itemCount() - 1))
                .as((items, index) -> replaced(items, index, null))
            : valid(instrument).map(items -> allButOneMissing(instrument, items));
    return Arbitraries.oneOf(wrongCount, outOfRange, gaps);
  }

  private static Arbitrary<Integer> answer(Instrument instrument) {
    return Arbitraries.integers().between(instrument.itemMinimum(), instrument.itemMaximum())
        .edgeCases(e -> e.includeOnly(instrument.itemMinimum(), instrument.itemMaximum()));
  }

  private static Arbitrary<List<@Nullable Integer>> buildValid(Instrument instrument) {
    Arbitrary<List<@Nullable Integer>> complete =
        answer(instrument).list().ofSize(instrument.itemCount()).map(l -> new ArrayList<@Nullable Integer>(l));
    if (instrument.maxMissingItems() == 0) {
      return complete;
    }
    Arbitrary<List<Integer>> blanks =
        Arbitraries.integers().between(0, instrument.itemCount() - 1).set().ofMaxSize(instrument.maxMissingItems())
            .map(List::copyOf);
    return Combinators.combine(complete, blanks)
        .as(
            (items, missing) -> {
              List<@Nullable Integer> withGaps = new ArrayList<>(items);
              missing.forEach(i -> withGaps.set(i, null));
              return withGaps;
            });
  }

  private static List<@Nullable Integer> replaced(List<@Nullable Integer> items, int index, @Nullable Integer value) {
    List<@Nullable Integer> copy = new ArrayList<>(items);
    copy.set(index, value);
    return copy;
  }

  private static List<@Nullable Integer> allButOneMissing(Instrument instrument, List<@Nullable Integer> items) {
    List<@Nullable Integer> copy = new ArrayList<>(items);
    for (int i = 1; i < copy.size(); i++) {
      copy.set(i, null);
    }
    copy.set(0, instrument.itemMinimum());
    return copy;
  }
}
