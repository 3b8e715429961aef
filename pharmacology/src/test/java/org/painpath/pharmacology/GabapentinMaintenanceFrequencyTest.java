package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/** Issue 16: gabapentin maintenance at CrCl >= 60 is labelled three times a day from 900 mg/day (GAB-R1). */
class GabapentinMaintenanceFrequencyTest {

  private static List<Finding> unlabelled(RegimenVerdict verdict) {
    return verdict.findings().stream().filter(f -> f.code().equals("unlabelled-frequency")).toList();
  }

  @ParameterizedTest(name = "{0} {1} at CrCl {2}: flagged {3}")
  @CsvSource({
    "600 mg, BID, 90, true",
    "450 mg, BID, 60, true",
    "900 mg, QD, 90, true",
    "300 mg, BID, 90, false",
    "400 mg, BID, 90, false",
    "300 mg, QHS, 90, false",
    "400 mg, TID, 90, false",
    "600 mg, BID, 59.9, false",
    "700 mg, BID, 45, false"
  })
  void twice_a_day_from_900_mg_a_day_is_unlabelled_only_where_the_label_gives_three_times_a_day(
      String dose, String frequency, String crcl, boolean flagged) {
    RegimenVerdict verdict =
        Limits.PHARMACOLOGY.check(Regimen.of(RegimenItem.of("gabapentin", dose, frequency)), Patients.adultWithCrcl(crcl), Patients.AS_OF);

    if (flagged) {
      assertThat(unlabelled(verdict)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.values()).containsEntry("fromDaily", "900 mg/day").containsEntry("labelledAdministrationsPerDay", "3");
        assertThat(f.citations()).extracting(c -> c.fact()).containsExactly("GAB-R1");
      });
    } else {
      assertThat(unlabelled(verdict)).isEmpty();
    }
  }

  @Test
  void a_twice_daily_total_split_across_two_items_at_the_same_times_is_still_twice_daily() {
    List<LocalTime> times = List.of(LocalTime.of(8, 0), LocalTime.of(20, 0));
    Regimen regimen = Regimen.of(
        RegimenItem.of("gabapentin", "300 mg", "BID").withTimes(times), RegimenItem.of("gabapentin", "300 mg", "BID").withTimes(times));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(regimen, Patients.adultWithCrcl("90"), Patients.AS_OF);

    assertThat(unlabelled(verdict)).singleElement().satisfies(f -> assertThat(f.values()).containsEntry("administrationsPerDay", "2"));
  }

  @Test
  void a_twice_daily_item_and_a_bedtime_item_make_three_administrations() {
    Regimen regimen = Regimen.of(
        RegimenItem.of("gabapentin", "300 mg", "BID").withTimes(List.of(LocalTime.of(8, 0), LocalTime.of(14, 0))),
        RegimenItem.of("gabapentin", "300 mg", "QHS").withTimes(List.of(LocalTime.of(22, 0))));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(regimen, Patients.adultWithCrcl("90"), Patients.AS_OF);

    assertThat(unlabelled(verdict)).isEmpty();
  }
}
