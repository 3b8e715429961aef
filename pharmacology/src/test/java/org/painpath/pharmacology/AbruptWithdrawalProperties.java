package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Discontinuation;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Unit;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * BUP-05: bupropion (any formulation, its start dose written in mg or g, starting on the as-of date or
 * later) with a benzodiazepine, barbiturate or antiepileptic whose last dose, taken or planned, falls
 * inside the 28-day window before the start (or after it) and was not tapered is never ACCEPTED, and an
 * abrupt one is REJECTED; a recorded alcohol withdrawal is REJECTED.
 */
class AbruptWithdrawalProperties {

  private static final Set<DrugClass> WITHDRAWN = Set.of(DrugClass.BENZODIAZEPINE, DrugClass.BARBITURATE, DrugClass.ANTIEPILEPTIC, DrugClass.GABAPENTINOID);
  private static final LocalDate AS_OF = Patients.AS_OF;

  /** A bupropion item at its start dose, in mg or g, starting {@code days} after the as-of date. */
  private static RegimenItem bupropion(String formulation, Unit unit, int days) {
    DosingRules dosing = Generators.dosing(formulation);
    Dose dose = new Dose(dosing.start().dose().asDose().amount().to(unit));
    return new RegimenItem(formulation, dose, dosing.start().frequency()).startingOn(AS_OF.plusDays(days));
  }

  @Provide
  Arbitrary<String> bupropions() {
    return Arbitraries.of("bupropion-ir", "bupropion-sr", "bupropion-xl");
  }

  /** Names of every pack drug and co-medication whose abrupt stop counts. */
  @Provide
  Arbitrary<String> withdrawn() {
    List<String> names = new ArrayList<>();
    Generators.PACK.coMedications().stream().filter(c -> c.classes().stream().anyMatch(WITHDRAWN::contains)).forEach(c -> names.add(c.name()));
    Generators.PACK.drugs().stream().filter(d -> d.classes().stream().anyMatch(WITHDRAWN::contains)).forEach(d -> names.add(d.definition().ingredient()));
    return Arbitraries.of(names.stream().distinct().toList());
  }

  @Provide
  Arbitrary<Discontinuation> notTapered() {
    return Arbitraries.of(Discontinuation.ABRUPT).injectNull(0.5);
  }

  /**
   * The statement of a medication whose last dose is {@code beforeStart} days before bupropion's first day
   * (negative: after it): stopped when that day is not after the as-of date, else planned.
   */
  private static MedicationStatement lastDose(String name, LocalDate start, int beforeStart, Discontinuation how) {
    LocalDate last = start.minusDays(beforeStart);
    MedicationStatement taking = MedicationStatement.taking(Code.rxNorm("0", name + " tablet"));
    MedicationStatement stopped =
        last.isAfter(AS_OF) ? taking.withPlannedStop(last) : MedicationStatement.stopped(Code.rxNorm("0", name + " tablet"), last);
    return how == null ? stopped : stopped.withDiscontinuation(how);
  }

  @Property(tries = 200)
  void bupropion_with_a_recent_untapered_stop_is_never_accepted_and_an_abrupt_one_is_rejected(
      @ForAll("bupropions") String formulation,
      @ForAll("withdrawn") String name,
      @ForAll("notTapered") Discontinuation how,
      @ForAll @IntRange(min = 0, max = 40) int startsAfterAsOf,
      @ForAll @IntRange(min = -40, max = 27) int stopBeforeStart,
      @ForAll boolean inGrams) {
    RegimenItem item = bupropion(formulation, inGrams ? Unit.GRAM : Unit.MILLIGRAM, startsAfterAsOf);
    LocalDate start = AS_OF.plusDays(startsAfterAsOf);
    Patient patient = Patients.taking(Patients.adultWithCrcl("90"), lastDose(name, start, stopBeforeStart, how));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(item), patient, AS_OF);

    assertThat(verdict.verdict()).as(verdict.toString()).isNotEqualTo(Verdict.ACCEPTED);
    List<Finding> withdrawal = verdict.findings().stream().filter(f -> f.code().equals(FindingCodes.ABRUPT_WITHDRAWAL)).toList();
    assertThat(withdrawal).as(verdict.toString()).isNotEmpty();
    if (how == Discontinuation.ABRUPT) {
      assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(withdrawal).anyMatch(f -> f.severity() == Severity.BLOCKING);
    }
  }

  @Property(tries = 200)
  void a_tapered_stop_or_one_outside_the_window_is_no_abrupt_withdrawal(
      @ForAll("bupropions") String formulation,
      @ForAll("withdrawn") String name,
      @ForAll @IntRange(min = 0, max = 40) int startsAfterAsOf,
      @ForAll @IntRange(min = -40, max = 80) int stopBeforeStart,
      @ForAll boolean tapered) {
    if (!tapered && stopBeforeStart < 28) {
      stopBeforeStart = 28 + Math.abs(stopBeforeStart);
    }
    LocalDate start = AS_OF.plusDays(startsAfterAsOf);
    Patient patient =
        Patients.taking(
            Patients.adultWithCrcl("90"),
            lastDose(name, start, stopBeforeStart, tapered ? Discontinuation.TAPERED : Discontinuation.ABRUPT));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(bupropion(formulation, Unit.MILLIGRAM, startsAfterAsOf)), patient, AS_OF);

    assertThat(verdict.findings()).noneMatch(f -> f.code().equals(FindingCodes.ABRUPT_WITHDRAWAL));
  }

  @Property(tries = 50)
  void recorded_alcohol_withdrawal_rejects_bupropion(
      @ForAll("bupropions") String formulation,
      @ForAll("alcoholWithdrawal") String code,
      @ForAll @IntRange(min = 0, max = 40) int startsAfterAsOf) {
    Patient patient =
        Patient.builder().from(Patients.adultWithCrcl("90")).addConditions(Code.icd10cm(code, "alcohol-related disorder")).build();

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(bupropion(formulation, Unit.MILLIGRAM, startsAfterAsOf)), patient, AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).anyMatch(f -> f.code().equals(FindingCodes.ABRUPT_WITHDRAWAL) && f.severity() == Severity.BLOCKING);
  }

  @Provide
  Arbitrary<String> alcoholWithdrawal() {
    return Combinators.combine(Arbitraries.of("F10.13", "F10.23", "F10.93"), Arbitraries.of("0", "1", "2", "9")).as(String::concat);
  }
}
