package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.testkit.api.core.PatientsProperties.edgeCasesOf;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.schedule.Frequency;

class FrequenciesProperties {

  @Example
  void once_daily_every_other_day_and_hourly_are_edge_cases() {
    assertThat(edgeCasesOf(Frequencies.all())).contains(Frequency.ONCE_DAILY, Frequency.EVERY_OTHER_DAY, Frequency.everyHours(1));
  }

  @Provide
  Arbitrary<String> codes() {
    return Frequencies.codes();
  }

  @Property
  void every_generated_code_is_read_by_core(@ForAll("codes") String code) {
    assertThat(Frequency.parse(code).code()).isEqualToIgnoringCase(code.strip());
  }

  @Provide
  Arbitrary<Frequency> daily() {
    return Frequencies.daily();
  }

  @Property
  void daily_frequencies_have_a_one_day_period(@ForAll("daily") Frequency frequency) {
    assertThat(frequency.periodDays()).isEqualTo(1);
  }
}
