package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.testkit.api.core.PatientsProperties.edgeCasesOf;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;

class QuantitiesProperties {

  @Provide
  Arbitrary<Quantity> masses() {
    return Quantities.masses();
  }

  @Property
  void masses_come_in_mass_units_and_convert_exactly(@ForAll("masses") Quantity mass) {
    assertThat(mass.dimension()).isEqualTo(Dimension.MASS);
    assertThat(mass.to(Unit.MICROGRAM).to(mass.unit())).isEqualTo(mass);
  }

  @Provide
  Arbitrary<Quantity> anything() {
    return Quantities.any();
  }

  @Property
  void any_quantity_reads_back_from_its_printed_form(@ForAll("anything") Quantity quantity) {
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
    assertThat(quantity.value().scale()).isLessThanOrEqualTo(Quantities.DECIMAL_PLACES);
  }

  @Example
  void a_range_has_its_ends_and_the_first_step_as_edge_cases() {
    assertThat(edgeCasesOf(Quantities.between(BigDecimal.ONE, BigDecimal.TEN, Unit.PATCH)))
        .contains(Quantity.of(1, Unit.PATCH), Quantity.of("1.001", Unit.PATCH), Quantity.of(10, Unit.PATCH));
    assertThat(edgeCasesOf(Quantities.of(Unit.MILLILITRE))).contains(Quantity.of(0, Unit.MILLILITRE));
  }
}
