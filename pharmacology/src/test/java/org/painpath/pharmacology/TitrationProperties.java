package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Quantity;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
class TitrationProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  @Provide
  Arbitrary<String> drugs() {
    return Generators.pathwayDrugs();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patients();
  }

  @Provide
  Arbitrary<Indication> indications() {
    return Generators.indications();
  }

  @Provide
  Arbitrary<Integer> ages() {
    return Generators.ages();
  }

  @Provide
  Arbitrary<String> taperedDrugs() {
    return Generators.pathwayDrugs().filter(d -> Generators.dosing(d).taper().isPresent());
  }

  /** The daily total on a given day: that of the last step on or before it. */
  private static DailyDose onDay(TitrationSchedule schedule, int day) {
    DailyDose daily = schedule.steps().get(0).dailyTotal();
    for (TitrationStep step : schedule.steps()) {
      if (step.day() <= day) {
        daily = step.dailyTotal();
      }
    }
    return daily;
  }

  private static DailyDose floorToSplitUnit(String drug, DailyDose amount) {
    Quantity unit = Generators.dosing(drug).splitUnit().quantity().to(amount.amount().unit());
    BigDecimal units = amount.amount().value().divide(unit.value(), 0, RoundingMode.DOWN);
    return new DailyDose(new Quantity(units.multiply(unit.value()), amount.amount().unit()));
  }

  @Property
  void every_schedule_stays_within_the_limits_and_reaches_the_target_or_stops_at_the_maximum(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = PHARMACOLOGY.limits(drug, patient, indication);
    TitrationSchedule schedule = PHARMACOLOGY.titrate(drug, patient, indication);
    if (limits.avoid()) {
      assertThat(schedule.steps()).isEmpty();
      return;
    }
    List<TitrationStep> steps = schedule.steps();
    assertThat(steps.get(0).day()).isEqualTo(1);
    assertThat(steps.get(0).dailyTotal()).isEqualTo(limits.start().daily());
    for (int i = 0; i < steps.size(); i++) {
      TitrationStep step = steps.get(i);
      assertThat(step.dailyTotal()).isLessThanOrEqualTo(limits.maxDaily());
      limits.maxSingle().ifPresent(max -> assertThat(step.schedule().largestDose()).isLessThanOrEqualTo(max));
      assertThat(limits.allows(step.frequency())).isTrue();
      if (i > 0) {
        DailyDose increase = step.dailyTotal().minus(steps.get(i - 1).dailyTotal());
        assertThat(increase.amount().isZero()).isFalse();
        assertThat(increase).isLessThanOrEqualTo(limits.step().orElseThrow());
        assertThat(step.day() - steps.get(i - 1).day()).isGreaterThanOrEqualTo(limits.minDaysBetweenSteps());
      }
    }
    DailyDose last = schedule.finalDaily().orElseThrow();
    DailyDose target = limits.targetMin().orElse(limits.start().daily());
    if (steps.size() > 1) {
      assertThat(last.equals(floorToSplitUnit(drug, target)) || last.equals(floorToSplitUnit(drug, limits.maxDaily())))
          .as("ends at the target %s or the maximum %s, was %s", target, limits.maxDaily(), last)
          .isTrue();
    }
    List<Finding> problems = PHARMACOLOGY.validate(schedule, patient);
    assertThat(problems).as("a generated schedule passes its own validation").isEmpty();
  }

  @Property
  void an_older_or_frail_patient_is_never_on_a_higher_dose_on_any_day(
      @ForAll("drugs") String drug, @ForAll("patients") Patient patient, @ForAll("ages") int otherAge, @ForAll boolean alsoFrail) {
    Patient older =
        Patient.builder().from(patient).age(Age.years(Math.max(otherAge, patient.age().years()))).frail(patient.frail() || alsoFrail).build();
    TitrationSchedule young = PHARMACOLOGY.titrate(drug, patient);
    TitrationSchedule old = PHARMACOLOGY.titrate(drug, older);
    if (young.steps().isEmpty()) {
      assertThat(old.steps()).isEmpty();
      return;
    }
    if (old.steps().isEmpty()) {
      return;
    }
    int lastDay = Math.max(young.steps().get(young.steps().size() - 1).day(), old.steps().get(old.steps().size() - 1).day());
    for (int day = 1; day <= lastDay; day++) {
      assertThat(onDay(old, day)).as("day %s", day).isLessThanOrEqualTo(onDay(young, day));
    }
  }

  @Property
  void a_taper_only_goes_down_and_lasts_at_least_the_minimum(
      @ForAll("taperedDrugs") String drug, @ForAll("patients") Patient patient, @ForAll @IntRange(min = 1, max = 40) int units) {
    var dosing = Generators.dosing(drug);
    DailyDose from = new DailyDose(dosing.splitUnit().quantity().times(units));
    TitrationSchedule taper = PHARMACOLOGY.taper(drug, from, patient);

    DailyDose previous = from;
    for (TitrationStep step : taper.steps()) {
      assertThat(step.dailyTotal()).isLessThan(previous);
      previous = step.dailyTotal();
    }
    int stop = taper.stopOnDay().orElseThrow();
    if (!taper.steps().isEmpty()) {
      int minimum = dosing.taper().orElseThrow().minimumTotalDays().map(m -> m.value()).orElse(0);
      assertThat(stop - 1).isGreaterThanOrEqualTo(minimum);
      assertThat(stop).isGreaterThan(taper.steps().get(taper.steps().size() - 1).day());
    }
  }
}
