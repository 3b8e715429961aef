package org.painpath.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.problem.Problems;

class QuantityProperties {

  @Provide
  Arbitrary<Quantity> quantities() {
    return CoreArbitraries.quantities();
  }

  @Provide
  Arbitrary<Quantity> masses() {
    return CoreArbitraries.masses();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return CoreArbitraries.amounts();
  }

  @Property
  void trailing_zeros_never_make_two_amounts_different(
      @ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 0, max = 6) int extraZeros) {
    BigDecimal padded = amount.setScale(amount.scale() + extraZeros);
    assertThat(Quantity.mg(padded.toPlainString())).isEqualTo(new Quantity(amount, Unit.MILLIGRAM));
    assertThat(Quantity.mg(padded.toPlainString()).hashCode()).isEqualTo(new Quantity(amount, Unit.MILLIGRAM).hashCode());
  }

  @Property
  void the_printed_form_reads_back_as_the_same_quantity(@ForAll("quantities") Quantity q) {
    assertThat(Quantity.parse(q.toString())).isEqualTo(q);
  }

  @Property
  void adding_then_subtracting_the_same_mass_gives_back_the_start(
      @ForAll("masses") Quantity a, @ForAll("masses") Quantity b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.plus(b).compareTo(b.plus(a))).isZero();
    assertThat(a.plus(b).unit()).isEqualTo(a.unit());
  }

  @Property
  void subtracting_a_larger_mass_is_a_problem_and_never_a_negative_amount(
      @ForAll("masses") Quantity a, @ForAll("masses") Quantity b) {
    if (b.isGreaterThan(a)) {
      Problems problems = problemsOf(() -> a.minus(b));
      assertThat(problems.hasCode("negative")).isTrue();
    } else {
      assertThat(a.minus(b).value().signum()).isNotNegative();
    }
  }

  @Property
  void multiplying_by_n_is_adding_n_times(
      @ForAll("masses") Quantity q, @ForAll @IntRange(min = 0, max = 12) int n) {
    Quantity sum = new Quantity(BigDecimal.ZERO, q.unit());
    for (int i = 0; i < n; i++) {
      sum = sum.plus(q);
    }
    assertThat(q.times(n)).isEqualTo(sum);
  }

  @Property
  void min_and_max_agree_with_the_comparison(@ForAll("masses") Quantity a, @ForAll("masses") Quantity b) {
    assertThat(Quantity.min(a, b).isAtMost(Quantity.max(a, b))).isTrue();
    assertThat(a.isGreaterThan(b)).isEqualTo(a.compareTo(b) > 0);
    assertThat(a.isAtMost(b)).isEqualTo(!a.isGreaterThan(b));
  }

  @Property
  void a_negative_amount_is_always_refused(@ForAll("amounts") BigDecimal amount) {
    BigDecimal negative = amount.add(new BigDecimal("0.000001")).negate();
    Problems problems = problemsOf(() -> new Quantity(negative, Unit.MILLIGRAM));
    assertThat(problems.hasField("value")).isTrue();
    assertThat(problems.hasCode("negative")).isTrue();
  }
}
