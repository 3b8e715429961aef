package org.painpath.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DoseTest {

  @Test
  void a_single_dose_exceeds_a_limit_only_when_strictly_above_it() {
    Dose limit = Dose.mg(300);
    assertThat(Dose.mg(300).exceeds(limit)).isFalse();
    assertThat(Dose.mg("300.001").exceeds(limit)).isTrue();
    assertThat(Dose.of("0.3 g").exceeds(limit)).isFalse();
    assertThat(Dose.of("0.3 g").compareTo(limit)).isZero();
  }

  @Test
  void three_quarters_of_600_mg_a_day_is_exactly_450_mg_a_day() {
    assertThat(DailyDose.mg(600).times(new BigDecimal("0.75"))).isEqualTo(DailyDose.mg(450));
  }

  @Test
  void daily_doses_add_subtract_convert_and_print_per_day() {
    DailyDose total = DailyDose.mg(300).plus(DailyDose.of("0.3 g"));
    assertThat(total).isEqualTo(DailyDose.mg(600));
    assertThat(total.minus(DailyDose.mg("150.5"))).isEqualTo(DailyDose.mg("449.5"));
    assertThat(total.to(Unit.GRAM)).isEqualTo(DailyDose.of("0.6 g"));
    assertThat(total.toString()).isEqualTo("600 mg/day");
    assertThat(DailyDose.zero(Unit.PATCH).amount().isZero()).isTrue();
  }

  @Test
  void the_smaller_of_two_daily_doses_is_the_binding_limit() {
    assertThat(DailyDose.min(DailyDose.mg(600), DailyDose.mg(450))).isEqualTo(DailyDose.mg(450));
    assertThat(DailyDose.min(DailyDose.mg(450), DailyDose.of("0.6 g"))).isEqualTo(DailyDose.mg(450));
    assertThat(DailyDose.mg(601).exceeds(DailyDose.mg(600))).isTrue();
    assertThat(DailyDose.mg(600).exceeds(DailyDose.mg(600))).isFalse();
  }

  @Test
  void single_doses_add_up_and_print_as_their_amount() {
    assertThat(Dose.mg(25).plus(Dose.mg("12.5"))).isEqualTo(Dose.mg("37.5"));
    assertThat(Dose.mg("37.5").toString()).isEqualTo("37.5 mg");
  }

  @Test
  void a_dose_without_an_amount_is_a_problem_naming_amount() {
    assertThat(fields(problemsOf(() -> new Dose(null)))).containsExactly("amount");
    assertThat(fields(problemsOf(() -> new DailyDose(null)))).containsExactly("amount");
  }
}
