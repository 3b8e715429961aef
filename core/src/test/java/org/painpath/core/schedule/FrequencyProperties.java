package org.painpath.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;

class FrequencyProperties {

  @Provide
  Arbitrary<Frequency> frequencies() {
    return CoreArbitraries.frequencies();
  }

  @Provide
  Arbitrary<Dose> doses() {
    return CoreArbitraries.doses();
  }

  @Property
  void the_daily_total_is_the_dose_times_administrations_divided_by_the_period(
      @ForAll("frequencies") Frequency frequency, @ForAll("doses") Dose dose) {
    DailyDose total = frequency.dailyTotal(dose);

    BigDecimal expectedTimesPeriod = dose.amount().value().multiply(BigDecimal.valueOf(frequency.administrations()));
    // total x period = dose x administrations, exactly (no division in the oracle)
    assertThat(total.amount().value().multiply(BigDecimal.valueOf(frequency.periodDays())))
        .isEqualByComparingTo(expectedTimesPeriod);
    assertThat(total.amount().unit()).isEqualTo(dose.amount().unit());
  }

  @Property
  void a_daily_frequency_gives_the_sum_of_its_administrations(
      @ForAll("frequencies") Frequency frequency, @ForAll("doses") Dose dose) {
    if (frequency.periodDays() != 1) {
      return;
    }
    Dose sum = dose;
    for (int i = 1; i < frequency.administrations(); i++) {
      sum = sum.plus(dose);
    }
    assertThat(frequency.dailyTotal(dose)).isEqualTo(new DailyDose(sum.amount()));
  }

  @Property
  void a_code_reads_back_as_the_same_frequency_in_any_letter_case(
      @ForAll("frequencies") Frequency frequency, @ForAll boolean lowerCase) {
    String code = lowerCase ? frequency.code().toLowerCase(Locale.ROOT) : " " + frequency.code() + " ";
    assertThat(Frequency.parse(code)).isEqualTo(frequency);
    assertThat(frequency.toString()).isEqualTo(frequency.code());
  }

  @Property
  void every_n_hours_exists_exactly_when_n_divides_a_day_or_is_48(@ForAll @IntRange(min = -5, max = 100) int hours) {
    boolean divides = hours >= 1 && ((hours <= 24 && 24 % hours == 0) || hours == 48);
    if (divides) {
      Frequency f = Frequency.everyHours(hours);
      // administrations per day x hours between them = 24 h
      assertThat(f.perDay().multiply(BigDecimal.valueOf(hours))).isEqualByComparingTo("24");
    } else {
      assertThat(problemsOf(() -> Frequency.everyHours(hours)).hasCode("uneven-interval")).isTrue();
    }
  }

  @Property
  void per_day_is_never_more_than_administrations_and_always_positive(@ForAll("frequencies") Frequency frequency) {
    assertThat(frequency.perDay()).isPositive();
    assertThat(frequency.perDay()).isLessThanOrEqualTo(BigDecimal.valueOf(frequency.administrations()));
  }
}
