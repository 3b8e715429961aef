package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Unit;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * Cross-tapers (reference section 2, PHARM-X01): a regimen drug that an MAOI contraindicates, starting
 * while the MAOI is still taken or inside the washout counted from the MAOI's planned stop, is never
 * ACCEPTED; starting once the washout has passed, the pair is not flagged. Start and stop dates are
 * staggered, and doses written in mg, g or mcg.
 */
class CrossTaperProperties {

  private static final LocalDate AS_OF = Patients.AS_OF;

  /** Regimen drugs with a washout after an MAOI (INT-01): SNRIs, TCAs, bupropion. */
  @Provide
  Arbitrary<String> afterMaoi() {
    return Arbitraries.of(Generators.PACK.drugs().stream().filter(d -> d.definition().maoiWashout().isPresent()).map(Drug::name).toList());
  }

  @Provide
  Arbitrary<String> maois() {
    return Arbitraries.of(Generators.PACK.coMedications().stream().filter(c -> c.classes().contains(DrugClass.MAOI)).map(c -> c.name()).toList());
  }

  @Provide
  Arbitrary<Unit> units() {
    return Arbitraries.of(Unit.MILLIGRAM, Unit.GRAM, Unit.MICROGRAM);
  }

  private static RegimenItem startDose(String drug, Unit unit, LocalDate start) {
    DosingRules dosing = Generators.dosing(drug);
    return new RegimenItem(drug, new Dose(dosing.start().dose().asDose().amount().to(unit)), dosing.start().frequency()).startingOn(start);
  }

  private static Patient takingUntil(String maoi, LocalDate plannedStop) {
    return Patients.taking(Patients.adultWithCrcl("90"), MedicationStatement.taking(Code.rxNorm("0", maoi + " 10 mg")).withPlannedStop(plannedStop));
  }

  private static int washout(String drug) {
    return Generators.PACK.drug(drug).definition().maoiWashout().orElseThrow().afterMaoiStopped().value();
  }

  @Property(tries = 400)
  void a_contraindicated_pair_overlapping_or_inside_the_washout_from_the_planned_stop_is_never_accepted(
      @ForAll("afterMaoi") String drug,
      @ForAll("maois") String maoi,
      @ForAll("units") Unit unit,
      @ForAll @IntRange(min = 0, max = 60) int plannedStopAfterAsOf,
      @ForAll @IntRange(min = 0, max = 200) int startSeed) {
    LocalDate plannedStop = AS_OF.plusDays(plannedStopAfterAsOf);
    // any start from the as-of date to the last day inside the washout counted from the planned stop
    int lastInside = plannedStopAfterAsOf + washout(drug) - 1;
    LocalDate start = AS_OF.plusDays(startSeed % (lastInside + 1));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(startDose(drug, unit, start)), takingUntil(maoi, plannedStop), AS_OF);

    assertThat(verdict.verdict()).as(verdict.toString()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings())
        .as(verdict.toString())
        .anyMatch(f -> f.code().equals(FindingCodes.MAOI_WASHOUT) && f.severity() == Severity.BLOCKING);
  }

  @Property(tries = 200)
  void after_the_washout_from_the_planned_stop_the_pair_is_not_flagged(
      @ForAll("afterMaoi") String drug,
      @ForAll("maois") String maoi,
      @ForAll("units") Unit unit,
      @ForAll @IntRange(min = 0, max = 60) int plannedStopAfterAsOf,
      @ForAll @IntRange(min = 0, max = 60) int laterBy) {
    LocalDate plannedStop = AS_OF.plusDays(plannedStopAfterAsOf);
    LocalDate start = plannedStop.plusDays(washout(drug) + laterBy);

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(startDose(drug, unit, start)), takingUntil(maoi, plannedStop), AS_OF);

    assertThat(verdict.findings())
        .as(verdict.toString())
        .noneMatch(f -> List.of(FindingCodes.MAOI_WASHOUT, FindingCodes.INTERACTION).contains(f.code()) && f.about().stream().anyMatch(a -> a.contains(maoi)));
  }

  @Property(tries = 200)
  void a_duplication_during_a_cross_taper_is_a_moderate_cross_taper_never_a_block(
      @ForAll("units") Unit unit,
      @ForAll @IntRange(min = 0, max = 60) int plannedStopAfterAsOf,
      @ForAll @IntRange(min = 0, max = 90) int startAfterAsOf,
      @ForAll boolean gabapentinFirst) {
    String tapered = gabapentinFirst ? "gabapentin" : "pregabalin";
    String started = gabapentinFirst ? "pregabalin" : "gabapentin";
    LocalDate plannedStop = AS_OF.plusDays(plannedStopAfterAsOf);
    LocalDate start = AS_OF.plusDays(startAfterAsOf);
    Patient patient = Patients.taking(Patients.adultWithCrcl("90"), MedicationStatement.taking(Code.rxNorm("0", tapered)).withPlannedStop(plannedStop));

    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(startDose(started, unit, start)), patient, AS_OF);

    assertThat(verdict.findings()).noneMatch(f -> f.code().equals(FindingCodes.THERAPEUTIC_DUPLICATION));
    boolean overlaps = !start.isAfter(plannedStop);
    assertThat(verdict.findings().stream().anyMatch(f -> f.code().equals(FindingCodes.CROSS_TAPER) && f.severity() == Severity.MODERATE))
        .as(verdict.toString())
        .isEqualTo(overlaps);
  }
}
