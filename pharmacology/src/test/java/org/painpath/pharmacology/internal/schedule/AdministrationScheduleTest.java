package org.painpath.pharmacology.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

class AdministrationScheduleTest {

  private static final long TWO_HOURS = 2 * 3600L;

  private static Administration at(int day, int hour, int minute) {
    return new Administration("gabapentin", day, LocalTime.of(hour, minute), Dose.mg(100));
  }

  @Test
  void an_every_other_day_item_gives_its_dose_on_the_first_day_of_a_two_day_cycle_only() {
    assertThat(Cycle.expand("nortriptyline", Dose.mg(300), Frequency.EVERY_OTHER_DAY, List.of(), 2))
        .containsExactly(new Administration("nortriptyline", 1, LocalTime.of(8, 0), Dose.mg(300)));
    assertThat(Cycle.expand("gabapentin", Dose.mg(300), Frequency.TWICE_DAILY, List.of(), 2)).extracting(Administration::day).containsExactly(1, 1, 2, 2);
  }

  @Test
  void doses_either_side_of_midnight_are_together_round_the_cycle_and_a_chain_of_close_doses_is_one() {
    List<List<Administration>> groups = Coincidence.groups(List.of(at(1, 23, 30), at(1, 0, 30), at(1, 12, 0)), 1, a -> TWO_HOURS);
    assertThat(groups).hasSize(2).anySatisfy(g -> assertThat(g).hasSize(2));

    List<List<Administration>> chain = Coincidence.groups(List.of(at(1, 8, 0), at(1, 9, 30), at(1, 11, 0)), 1, a -> TWO_HOURS);
    assertThat(chain).hasSize(1);
  }

  @Test
  void doses_exactly_the_window_apart_are_two_administrations_and_the_same_time_always_one() {
    assertThat(Coincidence.groups(List.of(at(1, 20, 0), at(1, 22, 0)), 1, a -> TWO_HOURS)).hasSize(2);
    assertThat(Coincidence.groups(List.of(at(1, 8, 0), at(1, 8, 0)), 1, a -> 0L)).hasSize(1);
  }

  @Test
  void wear_time_adds_applications_at_different_times_counts_patches_put_on_together_once_and_finds_the_fullest_24_hours_of_a_two_day_cycle() {
    long hour = 3600L;
    assertThat(WearTime.mostInAnyDay(List.of(new WearTime.Worn(8 * hour, 12 * hour), new WearTime.Worn(10 * hour, 12 * hour)), 1)).isEqualTo(24 * hour);
    assertThat(WearTime.mostInAnyDay(List.of(new WearTime.Worn(8 * hour, 12 * hour), new WearTime.Worn(8 * hour, 10 * hour)), 1)).isEqualTo(12 * hour);
    // three 5-h applications an hour apart cover 7 h but are 15 h of wear (LID-01: one application in 24 h)
    assertThat(WearTime.mostInAnyDay(List.of(new WearTime.Worn(0, 5 * hour), new WearTime.Worn(hour, 5 * hour), new WearTime.Worn(2 * hour, 5 * hour)), 1)).isEqualTo(15 * hour);
    assertThat(WearTime.mostInAnyDay(List.of(new WearTime.Worn(20 * hour, 12 * hour)), 1)).isEqualTo(12 * hour);
    // applied at 20:00 on day 1 for 24 h: every 24 h window of the two days that starts then is full
    assertThat(WearTime.mostInAnyDay(List.of(new WearTime.Worn(20 * hour, 24 * hour)), 2)).isEqualTo(24 * hour);
  }
}
