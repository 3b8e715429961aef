package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;

class InstrumentProperties {

  @Provide
  Arbitrary<Tuple.Tuple2<Instrument, List<Integer>>> administrations() {
    return Answers.instruments().flatMap(i -> Answers.valid(i).map(items -> Tuple.of(i, items)));
  }

  @Provide
  Arbitrary<Tuple3<Instrument, List<Integer>, Integer>> administrationsWithAnItemToRaise() {
    return Answers.instruments()
        .flatMap(
            i ->
                Combinators.combine(Answers.valid(i), Arbitraries.integers().between(0, i.itemCount() - 1))
                    .as((items, index) -> Tuple.of(i, items, index)));
  }

  @Property
  void totals_always_lie_within_the_instrument_range(
      @ForAll("administrations") Tuple.Tuple2<Instrument, List<Integer>> administration) {
    Instrument instrument = administration.get1();
    Score score = instrument.score(administration.get2());

    assertThat(score.total()).isBetween(instrument.minimumTotal(), instrument.maximumTotal());
    assertThat(instrument.bandLabels()).contains(score.band());
  }

  @Property
  void raising_an_item_never_lowers_the_total_or_the_band_and_on_a_reversed_item_never_raises_them(
      @ForAll("administrationsWithAnItemToRaise") Tuple3<Instrument, List<Integer>, Integer> case_) {
    Instrument instrument = case_.get1();
    List<Integer> items = case_.get2();
    int index = case_.get3();
    Integer answer = items.get(index);
    if (answer == null || answer == instrument.itemMaximum()) {
      return; // nothing to raise: an unanswered ODI section or an answer at its ceiling
    }
    List<Integer> raised = new ArrayList<>(items);
    raised.set(index, answer + 1);

    Score before = instrument.score(items);
    Score after = instrument.score(raised);

    if (instrument.isReversed(index + 1)) {
      assertThat(after.total()).isLessThan(before.total());
      assertThat(after.bandRank()).isLessThanOrEqualTo(before.bandRank());
    } else {
      assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
      assertThat(after.bandRank()).isGreaterThanOrEqualTo(before.bandRank());
    }
  }

  @Property
  void every_invalid_item_set_is_rejected_with_a_problem_list_and_never_another_exception(
      @ForAll("instrumentsWithAnyAnswers") Tuple.Tuple2<Instrument, List<Integer>> case_) {
    Instrument instrument = case_.get1();
    List<Integer> items = case_.get2();

    if (isValid(instrument, items)) {
      assertThat(instrument.score(items).instrument()).isEqualTo(instrument);
    } else {
      Throwable thrown = catchThrowable(() -> instrument.score(items));
      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).problems().list())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.field()).matches("items(\\[\\d+\\])?"));
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Instrument, List<Integer>>> instrumentsWithAnyAnswers() {
    return Combinators.combine(Answers.instruments(), Answers.anything()).as(Tuple::of);
  }

  /** The rules restated independently of the implementation, as an oracle. */
  private static boolean isValid(Instrument instrument, List<Integer> items) {
    long missing = items.stream().filter(Objects::isNull).count();
    return items.size() == instrument.itemCount()
        && missing <= instrument.maxMissingItems()
        && items.stream().filter(Objects::nonNull)
            .allMatch(a -> a >= instrument.itemMinimum() && a <= instrument.itemMaximum());
  }

  @Property
  void a_score_survives_a_json_round_trip_unchanged(
      @ForAll("administrations") Tuple.Tuple2<Instrument, List<Integer>> administration) {
    Score score = administration.get1().score(administration.get2());

    Score read = PainpathJson.read(PainpathJson.write(score), Score.class);

    assertThat(read).isEqualTo(score);
    assertThat(read.total()).isEqualTo(score.total());
  }

  @Property(tries = 50)
  void a_null_answer_list_is_a_problem_not_a_null_pointer(@ForAll("instruments") Instrument instrument) {
    assertThatThrownBy(() -> instrument.score((List<Integer>) null)).isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<Instrument> instruments() {
    return Answers.instruments();
  }
}
