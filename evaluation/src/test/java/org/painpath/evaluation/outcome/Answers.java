package org.painpath.evaluation.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of answer sets for the outcome properties; edge cases include every item at its floor and ceiling. */
final class Answers {

  private Answers() {}

  /** Built once per instrument: jqwik's flatMap is slow when it has to build a new arbitrary per try. */
  private static final Map<Instrument, Arbitrary<List<Integer>>> VALID = new EnumMap<>(Instrument.class);

  static {
    for (Instrument i : Instrument.values()) {
      VALID.put(i, build(i));
    }
  }

  static Arbitrary<Instrument> instruments() {
    return Arbitraries.of(Instrument.class);
  }

  /** A valid administration: every answer in range, the ODI with up to its allowed unanswered sections. */
  static Arbitrary<List<Integer>> valid(Instrument instrument) {
    return VALID.get(instrument);
  }

  private static Arbitrary<List<Integer>> build(Instrument instrument) {
    Arbitrary<Integer> answer =
        Arbitraries.integers().between(instrument.itemMinimum(), instrument.itemMaximum())
            .edgeCases(e -> e.includeOnly(instrument.itemMinimum(), instrument.itemMaximum()));
    Arbitrary<List<Integer>> complete = answer.list().ofSize(instrument.itemCount());
    if (instrument.maxMissingItems() == 0) {
      return complete;
    }
    Arbitrary<List<Integer>> blanks =
        Arbitraries.integers().between(0, instrument.itemCount() - 1).set().ofMaxSize(instrument.maxMissingItems())
            .map(List::copyOf);
    return Combinators.combine(complete, blanks)
        .as(
            (answers, missing) -> {
              List<Integer> withGaps = new ArrayList<>(answers);
              missing.forEach(i -> withGaps.set(i, null));
              return withGaps;
            });
  }

  /** Any answer set at all, mostly invalid: wrong sizes, out-of-range answers, gaps. */
  static Arbitrary<List<Integer>> anything() {
    Arbitrary<Integer> answer =
        Arbitraries.integers().between(-3, 12).injectNull(0.08).edgeCases(e -> e.includeOnly(-1, 0, 11));
    return answer.list().ofMaxSize(20);
  }
}
