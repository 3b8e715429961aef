package org.painpath.evaluation.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ChangeProperties {

  /** Instruments whose category comes from the percentage alone (no absolute point rule). */
  private static final Set<Instrument> PERCENT_ONLY =
      Set.of(Instrument.PEG, Instrument.BPI_SEVERITY, Instrument.PHQ9, Instrument.GAD7, Instrument.PCS,
          Instrument.TSK17);

  private static Arbitrary<BigDecimal> total(Instrument instrument) {
    if (instrument.hasWholeNumberTotals()) {
      return Arbitraries.integers()
          .between(instrument.minimumTotal().intValueExact(), instrument.maximumTotal().intValueExact())
          .map(BigDecimal::valueOf);
    }
    return Arbitraries.bigDecimals().between(instrument.minimumTotal(), instrument.maximumTotal()).ofScale(2);
  }

  @Provide
  Arbitrary<Tuple3<Instrument, BigDecimal, BigDecimal>> pairs() {
    return Answers.instruments()
        .flatMap(i -> Combinators.combine(total(i), total(i)).as((b, f) -> Tuple.of(i, b, f)));
  }

  @Provide
  Arbitrary<Tuple3<Instrument, BigDecimal, List<BigDecimal>>> baselineAndTwoFollowUps() {
    return Answers.instruments()
        .flatMap(
            i ->
                Combinators.combine(total(i), total(i).list().ofSize(2))
                    .as((b, fs) -> Tuple.of(i, b, fs.stream().sorted().toList())));
  }

  @Property
  void improvement_and_worsening_are_symmetric_in_sign(
      @ForAll("pairs") Tuple3<Instrument, BigDecimal, BigDecimal> pair) {
    Change forward = Change.between(pair.get1(), pair.get2(), pair.get3());
    Change backward = Change.between(pair.get1(), pair.get3(), pair.get2());

    assertThat(forward.absoluteChange()).isEqualByComparingTo(backward.absoluteChange().negate());
    assertThat(forward.improved()).isEqualTo(backward.worsened());
    if (pair.get2().compareTo(pair.get3()) != 0) {
      assertThat(forward.category() == ChangeCategory.WORSE)
          .isNotEqualTo(backward.category() == ChangeCategory.WORSE);
    }
  }

  @Property
  void a_lower_follow_up_never_gets_a_lower_category(
      @ForAll("baselineAndTwoFollowUps") Tuple3<Instrument, BigDecimal, List<BigDecimal>> case_) {
    Change better = Change.between(case_.get1(), case_.get2(), case_.get3().get(0));
    Change worse = Change.between(case_.get1(), case_.get2(), case_.get3().get(1));

    assertThat(better.category()).isGreaterThanOrEqualTo(worse.category());
  }

  @Property
  void substantial_implies_moderate_implies_minimal_by_the_percentage_thresholds(
      @ForAll("pairs") Tuple3<Instrument, BigDecimal, BigDecimal> pair) {
    Instrument instrument = pair.get1();
    BigDecimal baseline = pair.get2();
    BigDecimal followUp = pair.get3();
    Change change = Change.between(instrument, baseline, followUp);
    if (baseline.signum() == 0) {
      return;
    }
    BigDecimal percent =
        baseline.subtract(followUp).multiply(BigDecimal.valueOf(100)).divide(baseline, MathContext.DECIMAL128);

    if (percent.signum() < 0) {
      assertThat(change.category()).isEqualTo(ChangeCategory.WORSE);
      return;
    }
    if (percent.compareTo(BigDecimal.valueOf(50)) >= 0) {
      assertThat(change.category()).isEqualTo(ChangeCategory.SUBSTANTIAL);
    }
    if (percent.compareTo(BigDecimal.valueOf(30)) >= 0) {
      assertThat(change.category()).isGreaterThanOrEqualTo(ChangeCategory.MODERATE);
    }
    if (percent.compareTo(BigDecimal.TEN) >= 0) {
      assertThat(change.category()).isGreaterThanOrEqualTo(ChangeCategory.MINIMAL);
    }
    if (PERCENT_ONLY.contains(instrument)) {
      ChangeCategory expected =
          percent.compareTo(BigDecimal.valueOf(50)) >= 0 ? ChangeCategory.SUBSTANTIAL
              : percent.compareTo(BigDecimal.valueOf(30)) >= 0 ? ChangeCategory.MODERATE
              : percent.compareTo(BigDecimal.TEN) >= 0 ? ChangeCategory.MINIMAL
              : ChangeCategory.NONE;
      assertThat(change.category()).isEqualTo(expected);
    }
    assertThat(change.isResponder()).isEqualTo(change.category().atLeast(ChangeCategory.MODERATE));
  }

  @Property
  void an_nrs_drop_of_2_points_is_at_least_moderate_and_of_4_points_substantial(
      @ForAll @IntRange(max = 10) int baseline,
      @ForAll @IntRange(max = 10) int followUp) {
    Change nrs = Change.between(Instrument.NRS, BigDecimal.valueOf(baseline), BigDecimal.valueOf(followUp));
    BigDecimal drop = nrs.absoluteChange();

    if (drop.compareTo(BigDecimal.valueOf(4)) >= 0) {
      assertThat(nrs.category()).isEqualTo(ChangeCategory.SUBSTANTIAL);
    } else if (drop.compareTo(BigDecimal.valueOf(2)) >= 0) {
      assertThat(nrs.category()).isGreaterThanOrEqualTo(ChangeCategory.MODERATE);
    }
  }

  @Property
  void exactly_30_percent_below_baseline_is_moderate_and_a_thousandth_less_is_not(
      @ForAll @BigRange(min = "0.01", max = "10") @Scale(2) BigDecimal baseline) {
    BigDecimal exactly30 = baseline.multiply(new BigDecimal("0.7"));
    BigDecimal justShort = exactly30.add(new BigDecimal("0.001"));

    assertThat(Change.between(Instrument.PEG, baseline, exactly30).category()).isEqualTo(ChangeCategory.MODERATE);
    assertThat(Change.between(Instrument.PEG, baseline, justShort).category()).isEqualTo(ChangeCategory.MINIMAL);
  }

  @Property
  void a_change_between_scores_agrees_with_the_change_between_their_totals(
      @ForAll("administrationPairs") Tuple3<Instrument, List<Integer>, List<Integer>> case_) {
    Instrument instrument = case_.get1();
    Score baseline = instrument.score(case_.get2());
    Score followUp = instrument.score(case_.get3());

    Change fromScores = Change.between(baseline, followUp);
    Change fromTotals = Change.between(instrument, baseline.total(), followUp.total());

    assertThat(fromScores.category()).isEqualTo(fromTotals.category());
    assertThat(fromScores.absoluteChange()).isEqualByComparingTo(fromTotals.absoluteChange());
  }

  @Provide
  Arbitrary<Tuple3<Instrument, List<Integer>, List<Integer>>> administrationPairs() {
    return Arbitraries.of(Instrument.NRS, Instrument.PHQ9, Instrument.GAD7, Instrument.PCS, Instrument.TSK17)
        .flatMap(i -> Combinators.combine(Answers.valid(i), Answers.valid(i)).as((b, f) -> Tuple.of(i, b, f)));
  }
}
