package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.Fraction;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;

/**
 * Cockcroft-Gault as the renal bands depend on it (reference EQ-01, EQ-04): it moves the right way
 * with each input for every weight basis, and its rounding never lifts a patient above the exact value.
 */
class CockcroftGaultProperties {

  private static final Fraction MICROMOL_PER_MG_DL = Fraction.of("88.4");
  private static final Fraction TENTH = Fraction.of("0.1");
  /** IDEAL/ADJUSTED go through a height in inches, truncated at 16 digits: a last-digit slack only. */
  private static final Fraction IBW_TRUNCATION_SLACK = Fraction.of("1e-9");

  @Provide
  Arbitrary<SerumCreatinine> creatinines() {
    return CoreArbitraries.serumCreatinines();
  }

  @Provide
  Arbitrary<BigDecimal> weights() {
    return CoreArbitraries.weightsKg().edgeCases(c -> c.add(new BigDecimal("25"), new BigDecimal("350")));
  }

  @Provide
  Arbitrary<BigDecimal> heights() {
    return CoreArbitraries.heightsCm();
  }

  @Provide
  Arbitrary<Age> ages() {
    return CoreArbitraries.ages();
  }

  private static CreatinineClearance clearance(
      Age age, Sex sex, BigDecimal weight, BigDecimal height, SerumCreatinine scr, WeightBasis basis) {
    Patient patient =
        Patient.builder()
            .age(age)
            .sex(sex)
            .weightKg(weight)
            .heightCm(height)
            .serumCreatinine(scr)
            .clearanceWeightBasis(basis)
            .build();
    RenalFunction renal = RenalFunction.require(patient);
    assertThat(renal.source()).isEqualTo(RenalFunction.ClearanceSource.COCKCROFT_GAULT);
    assertThat(renal.weightBasis()).isEqualTo(basis);
    return renal.clearance();
  }

  /** The exact creatinine in mg/dL: µmol/L divided by 88.4 as a fraction, not a rounded decimal. */
  static Fraction exactMgPerDl(SerumCreatinine scr) {
    Fraction value = Fraction.of(scr.value());
    return scr.unit() == CreatinineUnit.MG_PER_DL ? value : value.dividedBy(MICROMOL_PER_MG_DL);
  }

  /** Reference EQ-01 and EQ-04 evaluated in exact rational arithmetic, independently of the code under test. */
  static Fraction exactClearance(
      Age age, Sex sex, BigDecimal weight, BigDecimal height, SerumCreatinine scr, WeightBasis basis) {
    boolean female = sex == Sex.F;
    Fraction inches = Fraction.of(height).dividedBy(Fraction.of("2.54"));
    Fraction ibw =
        Fraction.of(female ? "45.5" : "50").plus(Fraction.of("2.3").times(inches.minus(Fraction.of(60)))).max(Fraction.ZERO);
    Fraction actual = Fraction.of(weight);
    Fraction dosingWeight =
        switch (basis) {
          case ACTUAL -> actual;
          case IDEAL -> ibw;
          case ADJUSTED -> ibw.plus(Fraction.of("0.4").times(actual.minus(ibw))).max(Fraction.ZERO);
        };
    Fraction crcl =
        Fraction.of(140 - age.years()).times(dosingWeight).dividedBy(Fraction.of(72).times(exactMgPerDl(scr)));
    return female ? crcl.times(Fraction.of("0.85")) : crcl;
  }

  @Property
  void the_rounded_clearance_is_never_above_the_exact_value_and_less_than_a_tenth_below_it(
      @ForAll("ages") Age age,
      @ForAll Sex sex,
      @ForAll("weights") BigDecimal weight,
      @ForAll("heights") BigDecimal height,
      @ForAll("creatinines") SerumCreatinine scr,
      @ForAll WeightBasis basis) {
    Fraction rounded = Fraction.of(clearance(age, sex, weight, height, scr, basis).mlPerMin());
    Fraction exact = exactClearance(age, sex, weight, height, scr, basis);

    assertThat(rounded).as("rounded %s vs exact %s", rounded, exact).isLessThanOrEqualTo(exact);
    Fraction cap = Fraction.of(CreatinineClearance.HIGHEST_PLAUSIBLE);
    if (exact.compareTo(cap) >= 0) {
      assertThat(rounded).isEqualTo(cap);
    } else {
      Fraction slack = basis == WeightBasis.ACTUAL ? Fraction.ZERO : IBW_TRUNCATION_SLACK;
      assertThat(rounded.plus(TENTH).plus(slack)).as("rounded %s vs exact %s", rounded, exact).isGreaterThan(exact);
    }
  }

  @Property
  void clearance_never_rises_with_age(
      @ForAll("ages") Age a,
      @ForAll("ages") Age b,
      @ForAll Sex sex,
      @ForAll("weights") BigDecimal weight,
      @ForAll("heights") BigDecimal height,
      @ForAll("creatinines") SerumCreatinine scr,
      @ForAll WeightBasis basis) {
    Age younger = a.compareTo(b) <= 0 ? a : b;
    Age older = a.compareTo(b) <= 0 ? b : a;
    assertThat(clearance(older, sex, weight, height, scr, basis))
        .isLessThanOrEqualTo(clearance(younger, sex, weight, height, scr, basis));
  }

  @Property
  void clearance_never_rises_with_creatinine_whatever_its_unit(
      @ForAll("ages") Age age,
      @ForAll Sex sex,
      @ForAll("weights") BigDecimal weight,
      @ForAll("heights") BigDecimal height,
      @ForAll("creatinines") SerumCreatinine a,
      @ForAll("creatinines") SerumCreatinine b,
      @ForAll WeightBasis basis) {
    boolean aLower = exactMgPerDl(a).compareTo(exactMgPerDl(b)) <= 0;
    SerumCreatinine lower = aLower ? a : b;
    SerumCreatinine higher = aLower ? b : a;
    assertThat(clearance(age, sex, weight, height, higher, basis))
        .isLessThanOrEqualTo(clearance(age, sex, weight, height, lower, basis));
  }

  @Property
  void clearance_never_falls_with_weight_and_ignores_it_on_ideal_body_weight(
      @ForAll("ages") Age age,
      @ForAll Sex sex,
      @ForAll("weights") BigDecimal a,
      @ForAll("weights") BigDecimal b,
      @ForAll("heights") BigDecimal height,
      @ForAll("creatinines") SerumCreatinine scr,
      @ForAll WeightBasis basis) {
    BigDecimal lighter = a.min(b);
    BigDecimal heavier = a.max(b);
    CreatinineClearance light = clearance(age, sex, lighter, height, scr, basis);
    CreatinineClearance heavy = clearance(age, sex, heavier, height, scr, basis);
    if (basis == WeightBasis.IDEAL) {
      assertThat(heavy).isEqualTo(light);
    } else {
      assertThat(heavy).isGreaterThanOrEqualTo(light);
    }
  }

  @Property
  void a_woman_never_has_a_higher_clearance_than_a_man_with_the_same_results(
      @ForAll("ages") Age age,
      @ForAll("weights") BigDecimal weight,
      @ForAll("heights") BigDecimal height,
      @ForAll("creatinines") SerumCreatinine scr) {
    // Same dosing weight for both (ACTUAL), so only the 0.85 factor differs.
    assertThat(clearance(age, Sex.F, weight, height, scr, WeightBasis.ACTUAL))
        .isLessThanOrEqualTo(clearance(age, Sex.M, weight, height, scr, WeightBasis.ACTUAL));
  }
}
