package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;

/** Worked examples of reference EQ-01 / EQ-04, each value computed by hand in the comment. */
class CockcroftGaultTest {

  private static CreatinineClearance crcl(int age, Sex sex, String weightKg, SerumCreatinine scr) {
    return CockcroftGault.clearance(age, sex == Sex.F, new BigDecimal(weightKg), scr);
  }

  @Test
  void a_woman_of_80_weighing_50_kg_with_creatinine_1_2_mg_dl_has_29_5_ml_min() {
    // (140 - 80) x 50 / (72 x 1.2) = 3000 / 86.4 = 34.7222...; x 0.85 = 29.5138... -> 29.5 (rounded down)
    CreatinineClearance clearance = crcl(80, Sex.F, "50", SerumCreatinine.mgPerDl("1.2"));

    assertThat(clearance).isEqualTo(CreatinineClearance.of("29.5"));
    assertThat(ClearanceBand.between("15", "30").contains(clearance)).isTrue();
  }

  @Test
  void the_same_woman_with_creatinine_reported_as_106_08_umol_l_has_the_same_clearance() {
    // 106.08 umol/L / 88.4 = 1.2 mg/dL exactly
    assertThat(crcl(80, Sex.F, "50", SerumCreatinine.micromolPerL("106.08"))).isEqualTo(CreatinineClearance.of("29.5"));
  }

  @Test
  void a_man_of_60_weighing_80_kg_with_creatinine_100_umol_l_has_78_5_ml_min() {
    // 100 umol/L = 1.1312... mg/dL; (140 - 60) x 80 x 88.4 / (72 x 100) = 565760 / 7200 = 78.5777... -> 78.5
    assertThat(crcl(60, Sex.M, "80", SerumCreatinine.micromolPerL("100"))).isEqualTo(CreatinineClearance.of("78.5"));
  }

  @Test
  void a_man_of_68_weighing_60_kg_with_creatinine_1_mg_dl_is_exactly_on_the_60_border() {
    // (140 - 68) x 60 / (72 x 1.0) = 60 exactly: in the "60 and above" band
    CreatinineClearance clearance = crcl(68, Sex.M, "60", SerumCreatinine.mgPerDl("1.0"));
    assertThat(clearance).isEqualTo(CreatinineClearance.of(60));
    assertThat(ClearanceBand.atLeast("60").contains(clearance)).isTrue();
  }

  @Test
  void a_clearance_a_hair_below_42_is_rounded_to_41_9_and_never_up_to_42() {
    // 72 x 29.39999999999999999999 / (72 x 0.7) = 41.99999999999999999998... -> 41.9.
    // Rounding the quotient to 16 digits first would have given 42.00000000000000 -> 42.0.
    CreatinineClearance clearance = crcl(68, Sex.M, "29.39999999999999999999", SerumCreatinine.mgPerDl("0.7"));
    assertThat(clearance).isEqualTo(CreatinineClearance.of("41.9"));
  }

  @Test
  void a_creatinine_in_umol_l_is_not_rounded_before_it_divides() {
    // (140 - 20) x 30.6 x 88.4 / (72 x 102) = 324604.8 / 7344 = 44.2 exactly.
    // Converting 102 umol/L to 1.15384615385 mg/dL first would have given 44.19999... -> 44.1.
    assertThat(crcl(20, Sex.M, "30.6", SerumCreatinine.micromolPerL("102"))).isEqualTo(CreatinineClearance.of("44.2"));
  }

  @Test
  void an_obese_woman_gets_a_different_band_on_each_weight_basis() {
    // Woman 70 y, 100 kg, 160 cm, creatinine 1.0 mg/dL.
    // IBW = 45.5 + 2.3 x (160 / 2.54 - 60) = 52.3818...; adjusted = IBW + 0.4 x (100 - IBW) = 71.4291...
    // ACTUAL:   70 x 100 / 72 x 0.85     = 82.638... -> 82.6
    // IDEAL:    70 x 52.3818 / 72 x 0.85 = 43.287... -> 43.2
    // ADJUSTED: 70 x 71.4291 / 72 x 0.85 = 59.028... -> 59.0 (just below the 60 border)
    Patient.Builder woman =
        Patient.builder()
            .age(Age.years(70))
            .sex(Sex.F)
            .weightKg(new BigDecimal("100"))
            .heightCm(new BigDecimal("160"))
            .serumCreatinine(SerumCreatinine.mgPerDl("1.0"));

    assertThat(clearanceOn(woman, WeightBasis.ACTUAL)).isEqualTo(CreatinineClearance.of("82.6"));
    assertThat(clearanceOn(woman, WeightBasis.IDEAL)).isEqualTo(CreatinineClearance.of("43.2"));
    assertThat(clearanceOn(woman, WeightBasis.ADJUSTED)).isEqualTo(CreatinineClearance.of("59.0"));
  }

  private static CreatinineClearance clearanceOn(Patient.Builder patient, WeightBasis basis) {
    return RenalFunction.require(patient.clearanceWeightBasis(basis).build()).clearance();
  }

  @Test
  void ideal_body_weight_follows_devine_and_is_never_negative() {
    // Man 5 ft (152.4 cm): 50 kg; woman 5 ft: 45.5 kg; a woman of 100 cm would be negative -> 0
    assertThat(CockcroftGault.idealBodyWeightKg(false, new BigDecimal("152.4"))).isEqualByComparingTo("50");
    assertThat(CockcroftGault.idealBodyWeightKg(true, new BigDecimal("152.4"))).isEqualByComparingTo("45.5");
    assertThat(CockcroftGault.idealBodyWeightKg(true, new BigDecimal("100"))).isEqualByComparingTo("0");
  }

  @Test
  void an_implausibly_high_result_is_capped_at_250_ml_min() {
    // 18 y, 350 kg, 0.1 mg/dL: 122 x 350 / 7.2 = 5930.5... -> capped at 250
    assertThat(crcl(18, Sex.M, "350", SerumCreatinine.mgPerDl("0.1"))).isEqualTo(CreatinineClearance.of(250));
  }
}
