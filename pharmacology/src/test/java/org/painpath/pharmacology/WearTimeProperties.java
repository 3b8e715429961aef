package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import java.time.LocalTime;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * LID-01 allows one application of lidocaine patches for up to 12 hours in 24 (PHARM-S04): applications
 * put on at different clock times add their wear, however close together or staggered they are. The
 * naive count here (distinct times of one day x stated wear) never needs the SDK's window arithmetic:
 * when it is above 12 h the order is REJECTED. The 10^6-try oracle run found this rule read as "hours
 * covered" (three 5-h applications an hour apart passed as 7 h); this property fails on that reading
 * within its tries because it draws close, staggered times on purpose.
 */
class WearTimeProperties {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  @Property(tries = 300)
  void staggered_lidocaine_applications_whose_wear_adds_up_above_12_hours_are_rejected(
      @ForAll("clockHours") Set<Integer> hours, @ForAll @IntRange(min = 1, max = 12) int wear) {
    String frequency = hours.size() == 2 ? "BID" : "TID";
    RegimenItem patch =
        item("lidocaine-patch-5", "1 patch", frequency)
            .withWearHours(wear)
            .withTimes(hours.stream().sorted().map(h -> LocalTime.of(h, 0)).toList());
    boolean over = hours.size() * wear > 12;
    Statistics.label("wear adds up above 12 h").collect(over).coverage(c -> c.check(true).percentage(p -> p >= 20));

    RegimenVerdict verdict = check(ADULT, patch);

    if (over) {
      assertThat(verdict.verdict()).as("%s worn %d h at %s", frequency, wear, hours).isEqualTo(Verdict.REJECTED);
      assertThat(verdict.findings()).extracting(f -> f.code()).contains("wear-time-exceeded");
    } else {
      assertThat(verdict.findings()).extracting(f -> f.code()).doesNotContain("wear-time-exceeded");
    }
  }

  /** Two or three distinct hours, drawn close together (within a few hours) more often than not. */
  @Provide
  Arbitrary<Set<Integer>> clockHours() {
    Arbitrary<Set<Integer>> close =
        Arbitraries.integers().between(0, 20).flatMap(start -> Arbitraries.integers().between(start, start + 3).set().ofMinSize(2).ofMaxSize(3));
    Arbitrary<Set<Integer>> anywhere = Arbitraries.integers().between(0, 23).set().ofMinSize(2).ofMaxSize(3);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, close), net.jqwik.api.Tuple.of(1, anywhere));
  }

}
