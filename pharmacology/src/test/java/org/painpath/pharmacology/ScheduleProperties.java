package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.PHARMACOLOGY;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, item 1: the dose invariants hold on the schedule, however one dose is split across items. */
class ScheduleProperties {

  private static final Set<String> DAILY_EXCESS = Set.of("max-daily-dose-exceeded", "renal-limit-exceeded", "hepatic-limit-exceeded");

  /** Pack drugs dosed by mass with a single-dose maximum on the label (oral mg, and the gel in g). */
  private static final List<String> WITH_SINGLE_MAXIMUM =
      PHARMACOLOGY.pack().drugs().stream()
          .filter(d -> d.dosing().isPresent() && d.dosing().get().maxSingle().isPresent())
          .filter(d -> d.dosing().get().doseUnit().dimension() == Dimension.MASS)
          .map(Drug::name)
          .toList();

  /** One dose split into 1-4 parts, each written in mg, g or ug, at times that count as one administration. */
  record Split(String drug, List<RegimenItem> items, Quantity total) {}

  @Provide
  Arbitrary<Split> splits() {
    Arbitrary<String> drug = Arbitraries.of(WITH_SINGLE_MAXIMUM);
    return drug.flatMap(
        name -> {
          Quantity unit = Generators.dosing(name).splitUnit().quantity();
          Arbitrary<Integer> units = Arbitraries.integers().between(1, 10);
          Arbitrary<Unit> written = Arbitraries.of(Unit.MILLIGRAM, Unit.GRAM, Unit.MICROGRAM);
          // parts at most 119 minutes apart (the 2-hour window), from any minute of the day, across midnight too
          Arbitrary<Integer> offset = Arbitraries.integers().between(0, 119);
          Arbitrary<Tuple2<Integer, Integer>> part = Combinators.combine(units, offset).as(Tuple::of);
          return Combinators.combine(Arbitraries.integers().between(0, 24 * 60 - 1), part.list().ofMinSize(1).ofMaxSize(4), written.list().ofSize(4))
              .as((start, parts, units2) -> {
                List<RegimenItem> items = new ArrayList<>();
                Quantity total = null;
                for (int i = 0; i < parts.size(); i++) {
                  Quantity amount = unit.times(parts.get(i).get1());
                  total = total == null ? amount : total.plus(amount);
                  LocalTime at = LocalTime.MIDNIGHT.plusMinutes(start + parts.get(i).get2());
                  items.add(new RegimenItem(name, new Dose(amount.to(units2.get(i))), Frequency.ONCE_DAILY).withTimes(List.of(at)));
                }
                return new Split(name, items, total);
              });
        });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void a_dose_split_across_items_that_fall_together_is_never_accepted_above_the_single_maximum(
      @ForAll("splits") Split split, @ForAll("patients") Patient patient) {
    DoseLimits limits;
    try {
      limits = PHARMACOLOGY.limits(split.drug(), patient);
    } catch (InvalidInputException unknowable) {
      return; // the check says missing-data (BLOCKING); RegimenCheckTest holds that
    }
    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(split.items().toArray(RegimenItem[]::new)), patient, Patients.AS_OF);
    boolean over = limits.maxSingle().map(max -> split.total().isGreaterThan(max.amount())).orElse(false);
    Statistics.label("parts").collect(split.items().size());
    Statistics.label("over the single maximum").collect(over);

    if (over) {
      assertThat(verdict.verdict()).as("%s: %s", split, verdict.findings()).isEqualTo(Verdict.REJECTED);
      assertThat(verdict.has("max-single-dose-exceeded")).as("%s", verdict.findings()).isTrue();
    }
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patients();
  }

  @Provide
  Arbitrary<RegimenItem> daily() {
    return Generators.dosedDrugs().flatMap(
        d -> Arbitraries.integers().between(1, 12).map(k -> new RegimenItem(d, new Dose(Generators.dosing(d).splitUnit().quantity().times(k)), Frequency.ONCE_DAILY)));
  }

  /**
   * Every other day doubles nothing away: a dose given every other day has the same daily-maximum findings
   * as the same dose given every day, because the day it is given is what is judged (never the average),
   * unless the reference labels an every-other-day regimen for the patient (BUP-06).
   */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void the_worst_calendar_day_is_judged_so_every_other_day_has_the_daily_findings_of_every_day(
      @ForAll("daily") RegimenItem everyDay, @ForAll("patients") Patient patient) {
    DoseLimits limits;
    try {
      limits = PHARMACOLOGY.limits(everyDay.drug(), patient);
    } catch (InvalidInputException unknowable) {
      return;
    }
    RegimenItem everyOtherDay = new RegimenItem(everyDay.drug(), everyDay.dose(), Frequency.EVERY_OTHER_DAY);
    RegimenVerdict daily = PHARMACOLOGY.check(Regimen.of(everyDay), patient, Patients.AS_OF);
    RegimenVerdict alternate = PHARMACOLOGY.check(Regimen.of(everyOtherDay), patient, Patients.AS_OF);
    boolean labelled = limits.everyOtherDay().isPresent();
    Statistics.label("labelled every-other-day regimen").collect(labelled);
    Statistics.label("above the daily maximum on the day").collect(everyDay.dose().amount().isGreaterThan(limits.maxDaily().amount()));

    if (labelled) {
      boolean over = everyDay.dose().exceeds(limits.everyOtherDay().get().max());
      assertThat(alternate.verdict() == Verdict.REJECTED || !over).as("%s", alternate.findings()).isTrue();
      return;
    }
    assertThat(dailyExcess(alternate)).as("%s vs %s", alternate.findings(), daily.findings()).isEqualTo(dailyExcess(daily));
    if (everyDay.dose().amount().isGreaterThan(limits.maxDaily().amount())) {
      assertThat(alternate.verdict()).isEqualTo(Verdict.REJECTED);
    }
  }

  private static Set<String> dailyExcess(RegimenVerdict verdict) {
    return verdict.findings().stream().map(Finding::code).filter(DAILY_EXCESS::contains).collect(Collectors.toSet());
  }
}
