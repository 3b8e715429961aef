package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.testkit.api.core.PatientsProperties.edgeCasesOf;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;

class DosesProperties {

  private static final DailyDose CEILING = DailyDose.mg(600);

  @Example
  void around_a_daily_ceiling_the_edge_cases_are_zero_the_ceiling_and_one_microgram_above() {
    List<DailyDose> edges = edgeCasesOf(Doses.dailyMilligramsAround(CEILING));
    assertThat(edges).contains(DailyDose.mg(0), DailyDose.mg(600), DailyDose.mg("600.001"));
    assertThat(DailyDose.mg("600.001").exceeds(CEILING)).isTrue();
  }

  @Example
  void a_ceiling_in_grams_gives_the_same_edges_in_milligrams() {
    List<Dose> edges = edgeCasesOf(Doses.milligramsAround(Dose.of("0.3 g")));
    assertThat(edges).contains(Dose.mg(0), Dose.mg(300), Dose.mg("300.001"));
    assertThat(Doses.justAbove(Quantity.of("0.3", Unit.GRAM))).isEqualTo(Quantity.mg("300.001"));
  }

  @Provide
  Arbitrary<DailyDose> aroundCeiling() {
    return Doses.dailyMilligramsAround(CEILING);
  }

  @Property
  void doses_around_a_ceiling_stay_between_zero_and_twice_the_ceiling(@ForAll("aroundCeiling") DailyDose dose) {
    assertThat(dose.amount().value()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("1200"));
    assertThat(dose.amount().unit()).isEqualTo(Unit.MILLIGRAM);
  }

  @Provide
  Arbitrary<Dose> upToCeiling() {
    return Doses.milligramsUpTo(Dose.mg(300));
  }

  @Property
  void doses_up_to_a_ceiling_never_exceed_it(@ForAll("upToCeiling") Dose dose) {
    assertThat(dose.exceeds(Dose.mg(300))).isFalse();
  }

  @Example
  void a_ceiling_finer_than_a_microgram_is_a_misuse() {
    assertThatThrownBy(() -> Doses.milligramsAround(Dose.mg("0.0001"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantities.between(java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, Unit.MILLIGRAM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void a_zero_ceiling_still_has_a_dose_just_above_it() {
    assertThat(edgeCasesOf(Doses.dailyMilligramsAround(DailyDose.mg(0)))).contains(DailyDose.mg(0), DailyDose.mg("0.001"));
  }
}
