package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.internal.schedule.ItemDoses;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/** Issue 15, PHARM-S06: a daily total split by the drug's split unit. */
class DailyTotalSplitProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  /** The frequencies given every day (a daily total is refused at any other). */
  private static final List<Frequency> DAILY =
      Generators.FREQUENCIES.stream().filter(f -> f.periodDays() == 1).toList();

  @Provide
  Arbitrary<Frequency> daily() {
    return Arbitraries.of(DAILY);
  }

  @Provide
  Arbitrary<String> drugs() {
    return Generators.dosedDrugs();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patientsWithCoMedications();
  }

  private static Quantity unit(String drug) {
    return Generators.dosing(drug).splitUnit().quantity();
  }

  @Property(tries = 300)
  void a_split_adds_up_to_the_total_rises_through_the_day_by_at_most_one_unit_and_ends_on_the_remainder(
      @ForAll("drugs") String drug, @ForAll("daily") Frequency frequency, @ForAll @IntRange(min = 1, max = 60) int units) {
    Quantity unit = unit(drug);
    Quantity total = unit.times(units);
    ItemDoses split = ItemDoses.split(total, frequency.administrations(), unit);
    List<Dose> doses = split.doses();

    assertThat(doses).hasSize(frequency.administrations());
    Quantity sum = doses.stream().map(Dose::amount).reduce(Quantity::plus).orElseThrow();
    assertThat(sum.value()).isEqualByComparingTo(total.value()); // exact: BigDecimal, nothing rounded away
    assertThat(split.whole()).isEqualTo(units >= frequency.administrations());
    if (split.whole()) {
      Dose smallest = doses.stream().min(Dose::compareTo).orElseThrow();
      Dose largest = split.largest();
      assertThat(largest.amount().minus(smallest.amount()).isAtMost(unit)).isTrue();
      for (int i = 1; i < doses.size(); i++) {
        assertThat(doses.get(i).compareTo(doses.get(i - 1))).isGreaterThanOrEqualTo(0); // the remainder is on the last doses
      }
      assertThat(doses.get(doses.size() - 1)).isEqualTo(largest);
      for (Dose d : doses) {
        assertThat(d.amount().value().remainder(unit.value())).isZero(); // whole units
      }
    }
  }

  @Property(tries = 200)
  void a_total_that_is_not_whole_units_is_split_exactly_with_the_rest_on_the_last_dose(
      @ForAll("drugs") String drug, @ForAll("daily") Frequency frequency, @ForAll @IntRange(min = 0, max = 40) int units,
      @ForAll @IntRange(min = 1, max = 9) int tenths) {
    Quantity unit = unit(drug);
    Quantity total = unit.times(units).plus(unit.times(BigDecimal.valueOf(tenths, 1)));
    ItemDoses split = ItemDoses.split(total, frequency.administrations(), unit);

    assertThat(split.whole()).isFalse();
    Quantity sum = split.doses().stream().map(Dose::amount).reduce(Quantity::plus).orElseThrow();
    assertThat(sum.value()).isEqualByComparingTo(total.value());
    assertThat(split.doses().get(split.doses().size() - 1)).isEqualTo(split.largest());
  }

  @Property(tries = 300)
  void a_daily_total_that_splits_evenly_gets_the_verdict_of_the_same_dose_given_per_administration(
      @ForAll("drugs") String drug, @ForAll("daily") Frequency frequency, @ForAll @IntRange(min = 1, max = 12) int unitsPerDose,
      @ForAll("patients") Patient patient) {
    Quantity unit = unit(drug);
    Dose each = new Dose(unit.times(unitsPerDose));
    DailyDose total = new DailyDose(each.amount().times(frequency.administrations()));
    RegimenVerdict perDose = PHARMACOLOGY.check(Regimen.of(new RegimenItem(drug, each, frequency)), patient, Patients.AS_OF);
    RegimenVerdict daily = PHARMACOLOGY.check(Regimen.of(RegimenItem.ofDailyTotal(drug, total, frequency)), patient, Patients.AS_OF);

    assertThat(daily.verdict()).isEqualTo(perDose.verdict());
    assertThat(daily.findings()).isEqualTo(perDose.findings());
  }

  @Property(tries = 300)
  void a_daily_total_that_cannot_be_split_into_whole_units_is_never_accepted(
      @ForAll("drugs") String drug, @ForAll("daily") Frequency frequency, @ForAll @IntRange(min = 0, max = 40) int units,
      @ForAll @IntRange(min = 0, max = 9) int tenths, @ForAll("patients") Patient patient) {
    Quantity unit = unit(drug);
    Quantity total = unit.times(units).plus(unit.times(BigDecimal.valueOf(tenths, 1)));
    Assume.that(!total.isZero());
    Assume.that(tenths != 0 || units < frequency.administrations());
    RegimenVerdict verdict =
        PHARMACOLOGY.check(Regimen.of(RegimenItem.ofDailyTotal(drug, new DailyDose(total), frequency)), patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has(FindingCodes.DOSE_SPLIT_NOT_WHOLE_UNITS)).isTrue();
  }
}
