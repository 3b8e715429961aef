package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * A contradictory kidney pair (a given clearance in a higher band than, or more than 30 % above,
 * Cockcroft-Gault from the same creatinine; or 15 mL/min or more on haemodialysis) never yields an
 * accepted regimen for a renally dosed drug, and {@code limits} always refuses it, naming both fields.
 */
class ContradictoryRenalDataProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  private static final List<String> RENALLY_DOSED =
      Generators.PACK.drugs().stream()
          .filter(d -> d.dosing().map(r -> !r.renalBands().isEmpty() || r.haemodialysis().isPresent()).orElse(false))
          .map(Drug::name)
          .toList();

  /** Patients whose given clearance contradicts their creatinine (or their dialysis). */
  @Provide
  Arbitrary<Patient> contradictory() {
    Arbitrary<Patient> creatinine =
        Combinators.combine(
                Arbitraries.integers().between(18, 100),
                Arbitraries.of(Sex.class),
                Arbitraries.bigDecimals().between(new BigDecimal("40"), new BigDecimal("150")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("8")).ofScale(1),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(true, false))
            .as((age, sex, weight, scr, extra, byEdge) -> {
              Patient base =
                  Patient.builder().age(Age.years(age)).sex(sex).weightKg(weight).serumCreatinine(SerumCreatinine.mgPerDl(scr.toPlainString())).build();
              BigDecimal cg = RenalFunction.cockcroftGault(base).orElseThrow().mlPerMin();
              BigDecimal nextEdge = RenalFunction.BAND_EDGES.stream().filter(e -> e.compareTo(cg) > 0).findFirst().orElse(null);
              BigDecimal given =
                  byEdge && nextEdge != null
                      ? nextEdge.add(BigDecimal.valueOf(extra % 10))
                      : cg.multiply(RenalFunction.MOST_ABOVE_COCKCROFT_GAULT).setScale(1, RoundingMode.FLOOR).add(new BigDecimal("0.1")).add(BigDecimal.valueOf(extra));
              return given.compareTo(CreatinineClearance.HIGHEST_PLAUSIBLE) > 0
                  ? null
                  : Patient.builder().from(base).creatinineClearance(new CreatinineClearance(given)).build();
            })
            .filter(p -> p != null);
    Arbitrary<Patient> dialysis =
        Arbitraries.bigDecimals().between(new BigDecimal("15"), new BigDecimal("250")).ofScale(1)
            .map(c -> Patient.builder().age(Age.years(60)).sex(Sex.F).creatinineClearance(new CreatinineClearance(c)).onHaemodialysis(true).build());
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, creatinine), net.jqwik.api.Tuple.of(1, dialysis));
  }

  @Provide
  Arbitrary<RegimenItem> renallyDosedItems() {
    return Arbitraries.of(RENALLY_DOSED).flatMap(Generators::items);
  }

  @Property(tries = 300)
  void a_contradictory_kidney_pair_never_yields_an_accepted_renally_dosed_drug(
      @ForAll("contradictory") Patient patient, @ForAll("renallyDosedItems") RegimenItem item) {
    Statistics.label("kind").collect(patient.onHaemodialysis() ? "dialysis" : "creatinine");
    assertThat(RenalFunction.contradictions(patient).isEmpty()).isFalse();

    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(item), patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CONTRADICTORY_RENAL_DATA);
      assertThat(f.about()).containsExactly(item.drug());
    });
    assertThatThrownBy(() -> PHARMACOLOGY.limits(item.drug(), patient))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems().hasCode(RenalFunction.CONTRADICTORY)).isTrue();
          assertThat(e.problems().hasField("creatinineClearance")).isTrue();
          assertThat(e.problems().hasField(patient.onHaemodialysis() ? "onHaemodialysis" : "serumCreatinine")).isTrue();
        });
  }

  /**
   * Issue 15: the same contradictory pairs with the sex left out (allowed with a given clearance). The
   * creatinine can then not be compared (Cockcroft-Gault needs the sex): never accepted either, and {@code
   * limits} refuses naming sex (or, on haemodialysis, the contradiction as before).
   */
  @Property(tries = 200)
  void a_contradictory_kidney_pair_without_sex_is_never_accepted_either(
      @ForAll("contradictory") Patient withSex, @ForAll("renallyDosedItems") RegimenItem item) {
    Patient patient = Patient.builder().from(withSex).knownSex(java.util.Optional.empty()).build();
    assertThat(patient.knownSex()).isEmpty();

    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(item), patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(f.code()).isIn(FindingCodes.CONTRADICTORY_RENAL_DATA, FindingCodes.MISSING_DATA);
      assertThat(f.about()).containsExactly(item.drug());
    });
    assertThatThrownBy(() -> PHARMACOLOGY.limits(item.drug(), patient))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems().hasCode(patient.onHaemodialysis() ? RenalFunction.CONTRADICTORY : RenalFunction.SEX_NEEDED_FOR_CONTRADICTION))
            .isTrue());
  }
}
