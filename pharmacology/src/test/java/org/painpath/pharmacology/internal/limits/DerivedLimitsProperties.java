package org.painpath.pharmacology.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.policy.PolicyOverride;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.PackCeilings;
import org.painpath.pharmacology.pack.RenalBandRule;
import org.painpath.pharmacology.pack.RuleCeilings;

/**
 * The derived limit tables ({@link DosingRules#ceilings()}) are a checked cache of the pack's rules:
 * for every input, the limits computed with them are exactly those computed by the rules on the call
 * ({@link RuleCeilings}), reasons and citations included; and the table answers every band, edge and
 * clearance step as the rules do.
 */
class DerivedLimitsProperties {

  private static final DrugPack PACK = DrugPack.bundled();

  /** The bundled pack without a policy, and under three stricter formularies (each policy pack). */
  private static final List<InstitutionPolicy> POLICIES =
      List.of(
          InstitutionPolicy.none(),
          new InstitutionPolicy(
              "County formulary",
              List.of(
                  override("pregabalin").maxDaily(DailyDose.mg(450)).step(DailyDose.mg(75)).minDaysBetweenSteps(7).startDose(Dose.mg(50)).build(),
                  override("gabapentin").maxDaily(DailyDose.mg(1200)).maxSingle(Dose.mg(400)).build())),
          new InstitutionPolicy(
              "Local", List.of(override("amitriptyline").avoid(true).build(), override("gabapentin").addFrequencies(Frequency.THREE_TIMES_DAILY).build())),
          new InstitutionPolicy("Duloxetine once daily", List.of(override("duloxetine").maxDaily(DailyDose.mg(60)).addFrequencies(Frequency.ONCE_DAILY).build())));

  private static PolicyOverride.Builder override(String drug) {
    return PolicyOverride.builder().drug(drug).reason("formulary");
  }

  private static List<Drug> dosedDrugs() {
    return PACK.drugs().stream().filter(d -> d.dosing().isPresent()).toList();
  }

  /** CrCl in (0, 15) at 0.1 steps, every band edge of every drug and 0.1 either side of it, and 0. */
  private static List<BigDecimal> clearanceGrid() {
    TreeSet<BigDecimal> grid = new TreeSet<>();
    grid.add(BigDecimal.ZERO);
    for (int tenths = 1; tenths < 150; tenths++) {
      grid.add(BigDecimal.valueOf(tenths, 1));
    }
    for (Drug d : dosedDrugs()) {
      for (RenalBandRule band : d.dosing().orElseThrow().renalBands()) {
        List<BigDecimal> edges = new ArrayList<>();
        band.fromInclusive().ifPresent(edges::add);
        band.belowExclusive().ifPresent(edges::add);
        for (BigDecimal edge : edges) {
          grid.add(edge);
          grid.add(edge.add(new BigDecimal("0.1")));
          if (edge.compareTo(new BigDecimal("0.1")) >= 0) {
            grid.add(edge.subtract(new BigDecimal("0.1")));
          }
        }
      }
    }
    grid.add(CreatinineClearance.HIGHEST_PLAUSIBLE);
    return List.copyOf(grid);
  }

  @Example
  void the_table_finds_the_same_band_and_ceiling_as_the_rules_at_every_clearance_step_and_band_edge() {
    int compared = 0;
    for (Drug drug : dosedDrugs()) {
      DosingRules dosing = drug.dosing().orElseThrow();
      PackCeilings table = dosing.ceilings();
      PackCeilings rules = new RuleCeilings(dosing);
      for (Indication indication : Indication.values()) {
        assertThat(table.normal(indication)).isEqualTo(rules.normal(indication));
        for (BigDecimal crcl : clearanceGrid()) {
          int band = rules.bandIndex(crcl);
          assertThat(table.bandIndex(crcl)).as("%s at %s", drug.name(), crcl).isEqualTo(band);
          if (band >= 0) {
            assertThat(table.inBand(band, indication, crcl)).as("%s %s at %s", drug.name(), indication, crcl).isEqualTo(rules.inBand(band, indication, crcl));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  /**
   * Every renally dosed drug at every clearance of the grid, off and on haemodialysis (the clearance
   * then being the residual one, below 15), under 65, frail, and over 75, for every indication without
   * a policy and under each policy pack: the same limits, or the same refusal.
   */
  @Example
  void limits_from_the_table_equal_limits_by_the_rules_on_the_whole_grid() {
    int compared = 0;
    for (Drug drug : dosedDrugs()) {
      if (drug.dosing().orElseThrow().renalBands().isEmpty() && drug.dosing().orElseThrow().haemodialysis().isEmpty()) {
        continue;
      }
      for (BigDecimal crcl : clearanceGrid()) {
        for (boolean dialysis : new boolean[] {false, true}) {
          if (dialysis && crcl.compareTo(BigDecimal.valueOf(15)) >= 0) {
            continue;
          }
          // under 65, frail (the age rules that also apply to frailty), and over 75
          for (Patient patient :
              List.of(
                  patient(50, crcl, dialysis, false, false, Optional.empty()),
                  patient(50, crcl, dialysis, true, false, Optional.empty()),
                  patient(80, crcl, dialysis, false, false, Optional.empty()))) {
            for (Indication indication : Indication.values()) {
              assertSameLimits(drug, patient, indication, InstitutionPolicy.none(), ReasonsWanted.ALL);
              compared++;
            }
            for (InstitutionPolicy policy : POLICIES.subList(1, POLICIES.size())) {
              assertSameLimits(drug, patient, Indication.OTHER, policy, ReasonsWanted.ALL);
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Property(tries = 2000)
  void limits_from_the_table_equal_limits_by_the_rules(
      @ForAll("drugs") Drug drug,
      @ForAll("patients") Patient patient,
      @ForAll Indication indication,
      @ForAll("policies") InstitutionPolicy policy,
      @ForAll ReasonsWanted wanted) {
    assertSameLimits(drug, patient, indication, policy, wanted);
  }

  private static void assertSameLimits(Drug drug, Patient patient, Indication indication, InstitutionPolicy policy, ReasonsWanted wanted) {
    RenalFunctionOnce renal = RenalFunctionOnce.of(patient);
    Object byTable = outcome(() -> LimitsCalculator.limits(drug, renal, indication, policy, wanted, false));
    Object byRules = outcome(() -> LimitsCalculator.limits(drug, renal, indication, policy, wanted, true));
    if (!byTable.equals(byRules)) { // AssertJ only on a difference: the grid compares tens of thousands
      assertThat(byTable).as("%s for %s", drug.name(), patient).isEqualTo(byRules);
    }
  }

  /** The limits, or the refusal's class and message (what a caller sees). */
  private static Object outcome(java.util.function.Supplier<DoseLimits> limits) {
    try {
      return limits.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static Patient patient(int age, BigDecimal crcl, boolean dialysis, boolean frail, boolean falls, Optional<ChildPughClass> liver) {
    return Patient.builder()
        .age(Age.years(age))
        .sex(Sex.F)
        .creatinineClearance(new CreatinineClearance(crcl))
        .onHaemodialysis(dialysis)
        .frail(frail)
        .fallsHistory(falls)
        .childPugh(liver)
        .build();
  }

  @Provide
  Arbitrary<Drug> drugs() {
    return Arbitraries.of(dosedDrugs());
  }

  @Provide
  Arbitrary<InstitutionPolicy> policies() {
    return Arbitraries.of(POLICIES);
  }

  @Provide
  Arbitrary<Patient> patients() {
    Arbitrary<BigDecimal> clearances =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 149).map(t -> BigDecimal.valueOf(t, 1)),
            Arbitraries.of(clearanceGrid()),
            Arbitraries.integers().between(0, 2500).map(t -> BigDecimal.valueOf(t, 1)));
    return Combinators.combine(
            Arbitraries.integers().between(18, 100),
            clearances,
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(ChildPughClass.class).optional(0.4))
        .as(
            (age, crcl, dialysisDie, frail, falls, liver) ->
                // on haemodialysis the given clearance is the residual one, below 15 mL/min
                patient(age, dialysisDie == 0 ? crcl.remainder(BigDecimal.valueOf(15)) : crcl, dialysisDie == 0, frail, falls, liver));
  }
}
