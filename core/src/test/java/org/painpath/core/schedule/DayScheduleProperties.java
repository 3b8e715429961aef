package org.painpath.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;

class DayScheduleProperties {

  @Provide
  Arbitrary<List<TimedDose>> dosesOfADay() {
    return CoreArbitraries.dosesOfADay();
  }

  @Property
  void the_daily_total_is_the_sum_of_the_doses(@ForAll("dosesOfADay") List<TimedDose> doses) {
    DaySchedule day = new DaySchedule(doses);

    // Oracle: the sum in micrograms, computed without Quantity arithmetic.
    BigDecimal micrograms = BigDecimal.ZERO;
    for (TimedDose d : doses) {
      micrograms = micrograms.add(d.dose().amount().to(Unit.MICROGRAM).value());
    }
    Quantity total = day.dailyTotal().amount();
    assertThat(total.to(Unit.MICROGRAM).value()).isEqualByComparingTo(micrograms);
    assertThat(total.unit()).isEqualTo(day.doses().get(0).dose().amount().unit());
  }

  @Property
  void the_order_the_doses_are_given_in_does_not_matter(
      @ForAll("dosesOfADay") List<TimedDose> doses, @ForAll long seed) {
    List<TimedDose> shuffled = new ArrayList<>(doses);
    Collections.shuffle(shuffled, new Random(seed));

    DaySchedule day = new DaySchedule(doses);
    assertThat(new DaySchedule(shuffled)).isEqualTo(day);
    assertThat(day.doses()).isSortedAccordingTo(TimedDose::compareTo);
    assertThat(day.administrations()).isEqualTo(doses.size());
  }

  @Property
  void the_largest_dose_is_one_of_the_doses_and_no_dose_exceeds_it(@ForAll("dosesOfADay") List<TimedDose> doses) {
    DaySchedule day = new DaySchedule(doses);
    assertThat(doses).anySatisfy(d -> assertThat(d.dose()).isEqualTo(day.largestDose()));
    assertThat(doses).allSatisfy(d -> assertThat(d.dose().exceeds(day.largestDose())).isFalse());
  }

  @Property
  void a_second_dose_at_the_same_time_is_a_problem_naming_its_position(
      @ForAll("dosesOfADay") List<TimedDose> doses) {
    List<TimedDose> withDuplicate = new ArrayList<>(doses);
    TimedDose first = doses.get(0);
    withDuplicate.add(new TimedDose(first.time(), first.dose()));

    Problems problems = problemsOf(() -> new DaySchedule(withDuplicate));
    assertThat(problems.hasCode("duplicate-time")).isTrue();
    assertThat(problems.hasField("doses[" + doses.size() + "].time")).as("%s", problems).isTrue();
  }
}
