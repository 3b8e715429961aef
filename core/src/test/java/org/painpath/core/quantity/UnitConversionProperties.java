package org.painpath.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.problem.Problems;

class UnitConversionProperties {

  /** The oracle, written independently of Unit: how many milligrams one of each mass unit is. */
  private static final Map<Unit, BigDecimal> MG_PER_UNIT =
      Map.of(
          Unit.MICROGRAM, new BigDecimal("0.001"),
          Unit.MILLIGRAM, BigDecimal.ONE,
          Unit.GRAM, new BigDecimal("1000"),
          Unit.KILOGRAM, new BigDecimal("1000000"));

  @Provide
  Arbitrary<Quantity> masses() {
    return CoreArbitraries.masses();
  }

  @Provide
  Arbitrary<Unit> massUnits() {
    return CoreArbitraries.massUnits();
  }

  @Property
  void a_mass_converted_to_any_mass_unit_and_back_is_unchanged(
      @ForAll("masses") Quantity mass, @ForAll("massUnits") Unit via) {
    assertThat(mass.to(via).to(mass.unit())).isEqualTo(mass);
  }

  @Property
  void a_chain_through_mg_g_mcg_kg_and_back_is_exact(@ForAll("masses") Quantity mass) {
    Quantity chained =
        mass.to(Unit.MILLIGRAM).to(Unit.GRAM).to(Unit.MICROGRAM).to(Unit.KILOGRAM).to(mass.unit());
    assertThat(chained).isEqualTo(mass);
  }

  @Property
  void conversion_keeps_the_amount_of_substance_exactly(
      @ForAll("masses") Quantity mass, @ForAll("massUnits") Unit target) {
    Quantity converted = mass.to(target);
    assertThat(converted.unit()).isEqualTo(target);
    BigDecimal before = mass.value().multiply(MG_PER_UNIT.get(mass.unit()));
    BigDecimal after = converted.value().multiply(MG_PER_UNIT.get(target));
    assertThat(after).isEqualByComparingTo(before);
    assertThat(converted.compareTo(mass)).isZero();
  }

  @Property
  void conversion_never_changes_which_of_two_masses_is_larger(
      @ForAll("masses") Quantity a, @ForAll("masses") Quantity b, @ForAll("massUnits") Unit u, @ForAll("massUnits") Unit v) {
    assertThat(Integer.signum(a.to(u).compareTo(b.to(v)))).isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Provide
  Arbitrary<Tuple2<Quantity, Quantity>> ofDifferentDimensions() {
    return CoreArbitraries.quantities()
        .tuple2()
        .filter(t -> t.get1().dimension() != t.get2().dimension());
  }

  @Property
  void relating_different_dimensions_is_a_unit_mismatch_problem(
      @ForAll("ofDifferentDimensions") Tuple2<Quantity, Quantity> pair) {
    Quantity a = pair.get1();
    Quantity b = pair.get2();
    for (Problems problems :
        new Problems[] {
          problemsOf(() -> a.to(b.unit())),
          problemsOf(() -> a.plus(b)),
          problemsOf(() -> a.minus(b)),
          problemsOf(() -> a.compareTo(b))
        }) {
      assertThat(problems.hasCode("unit-mismatch")).as("%s", problems).isTrue();
      assertThat(problems.hasField("unit")).as("%s", problems).isTrue();
    }
  }

  @Example
  void one_microgram_is_exactly_a_billionth_of_a_kilogram() {
    assertThat(Quantity.of(1, Unit.MICROGRAM).to(Unit.KILOGRAM).value()).isEqualTo(new BigDecimal("0.000000001"));
    assertThat(Quantity.of("0.000000001", Unit.KILOGRAM).to(Unit.MICROGRAM)).isEqualTo(Quantity.of(1, Unit.MICROGRAM));
  }

  @Example
  void one_third_of_a_gram_cannot_be_written_so_it_is_never_produced() {
    // 333.333 mg -> g -> mg stays 333.333 mg: conversion only ever shifts the decimal point.
    Quantity q = Quantity.mg("333.333");
    assertThat(q.to(Unit.GRAM).value()).isEqualTo(new BigDecimal("0.333333"));
    assertThat(q.to(Unit.GRAM).to(Unit.MILLIGRAM)).isEqualTo(q);
  }

  @Example
  void millilitres_and_milligrams_do_not_mix() {
    Problems problems = problemsOf(() -> Quantity.mg(5).to(Unit.MILLILITRE));
    assertThat(problems.hasCode("unit-mismatch")).isTrue();
    assertThat(problems.list().get(0).message()).contains("mg").contains("mL");
  }
}
