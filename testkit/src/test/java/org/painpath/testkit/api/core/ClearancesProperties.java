package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.testkit.api.core.PatientsProperties.edgeCasesOf;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;

class ClearancesProperties {

  private static final ClearanceBand MODERATE = ClearanceBand.between("30", "60");

  @Example
  void all_clearances_have_every_band_border_and_the_value_below_it_as_edge_cases() {
    assertThat(edgeCasesOf(Clearances.all()))
        .contains(CreatinineClearance.of(0), CreatinineClearance.of(250))
        .containsAll(Clearances.BAND_BORDERS)
        .containsAll(Clearances.JUST_BELOW_BAND_BORDERS);
  }

  @Example
  void a_band_has_its_lower_border_and_the_value_below_its_upper_border_as_edge_cases() {
    assertThat(edgeCasesOf(Clearances.in(MODERATE)))
        .contains(CreatinineClearance.of(30), CreatinineClearance.of("59.9"))
        .doesNotContain(CreatinineClearance.of(60), CreatinineClearance.of("29.9"));
  }

  @Provide
  Arbitrary<CreatinineClearance> moderate() {
    return Clearances.in(MODERATE);
  }

  @Property
  void clearances_in_a_band_are_in_it(@ForAll("moderate") CreatinineClearance clearance) {
    assertThat(MODERATE.contains(clearance)).isTrue();
  }

  @Provide
  Arbitrary<CreatinineClearance> borders() {
    return Clearances.bandBorders();
  }

  @Property
  void band_borders_are_only_the_borders_and_the_values_just_below(@ForAll("borders") CreatinineClearance clearance) {
    assertThat(List.of("14.9", "15", "29.9", "30", "59.9", "60")).contains(clearance.mlPerMin().toPlainString());
  }

  @Provide
  Arbitrary<SerumCreatinine> creatinines() {
    return Clearances.serumCreatinines();
  }

  @Property
  void creatinines_come_in_both_units_within_the_plausible_range(@ForAll("creatinines") SerumCreatinine creatinine) {
    assertThat(creatinine.mgPerDl()).isBetween(new BigDecimal("0.1"), new BigDecimal("25"));
    Statistics.label("unit").collect(creatinine.unit()).coverage(c -> {
      c.check(CreatinineUnit.MG_PER_DL).percentage(p -> p > 30);
      c.check(CreatinineUnit.MICROMOL_PER_L).percentage(p -> p > 30);
    });
  }

  @Example
  void an_impossible_range_is_a_misuse() {
    assertThatThrownBy(() -> Clearances.between(new BigDecimal("60"), new BigDecimal("30"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Clearances.between(BigDecimal.ZERO, new BigDecimal("251"))).isInstanceOf(IllegalArgumentException.class);
  }
}
