package org.painpath.evaluation.workup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.evaluation.workup.PanelFixture.adult;
import static org.painpath.evaluation.workup.PanelFixture.codes;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.statin.MuscleSymptoms;

class WorkupInterpretationTest {

  private static final ClinicalSigns OFF_STATIN = ClinicalSigns.builder().onStatin(false).build();

  private static WorkupInterpretation interpret(Patient patient, PanelFixture panel, ClinicalSigns signs) {
    return Workup.interpret(patient, panel.panel(), signs);
  }

  @Test
  void a_normal_panel_in_a_40_year_old_off_statins_finds_no_cause_and_is_complete() {
    WorkupInterpretation result = interpret(adult(40), PanelFixture.normal(), OFF_STATIN);

    assertThat(result.findings()).isEmpty();
    assertThat(result.causesFound()).isEmpty();
    assertThat(result.isComplete()).isTrue();
    assertThat(result.isUrgent()).isFalse();
  }

  @Test
  void a_tsh_above_the_laboratory_limit_means_hypothyroidism_and_free_t4_is_ordered() {
    WorkupInterpretation result = interpret(adult(50), PanelFixture.normal().tsh("9.8"), OFF_STATIN);

    Finding hypothyroidism = result.find("hypothyroidism").orElseThrow();
    assertThat(hypothyroidism.values()).containsEntry("tshUpperLimit", "4.0");
    assertThat(hypothyroidism.citations()).extracting(c -> c.fact()).contains("LAB-01", "SAMS-03");
    assertThat(result.additionalOrders()).extracting(o -> o.loinc().code()).containsExactly("3024-7");
  }

  @Test
  void a_low_free_t4_with_a_high_tsh_is_named_in_the_finding() {
    WorkupInterpretation result =
        interpret(adult(50),
            PanelFixture.normal().tsh("12").with(LabResult.of(LabTest.FREE_T4, "0.5", "ng/dL", "0.8", "1.8")),
            OFF_STATIN);

    assertThat(result.find("hypothyroidism").orElseThrow().message()).contains("below the laboratory's range");
    assertThat(result.additionalOrders()).isEmpty();
  }

  @Test
  void a_tsh_without_the_laboratory_range_is_not_read_against_a_remembered_default() {
    WorkupInterpretation result =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.TSH, "30", "mIU/L")), OFF_STATIN);

    assertThat(result.has("hypothyroidism")).isFalse();
    assertThat(result.find("result-missing").orElseThrow().values())
        .containsEntry("test", "3016-3")
        .containsEntry("missing", "the laboratory's upper reference limit");
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void a_missing_ck_is_named_and_no_muscle_finding_is_drawn_from_it() {
    WorkupInterpretation result = interpret(adult(60), PanelFixture.normal().without(LabTest.CK), OFF_STATIN);

    assertThat(codes(result)).containsExactly("result-missing");
    assertThat(result.find("result-missing").orElseThrow().values()).containsEntry("test", "2157-6");
  }

  @Test
  void a_negative_ck_is_implausible_and_not_interpreted() {
    WorkupInterpretation result =
        interpret(adult(60), PanelFixture.normal().ck("-5", "200"), OFF_STATIN);

    assertThat(codes(result)).containsExactly("result-implausible");
  }

  @Test
  void a_vitamin_d_in_an_unknown_unit_is_implausible_rather_than_guessed() {
    WorkupInterpretation result =
        interpret(adult(60), PanelFixture.normal().vitaminD("12", "mg/L"), OFF_STATIN);

    assertThat(codes(result)).containsExactly("result-implausible");
    assertThat(result.find("result-implausible").orElseThrow().message()).contains("unit");
  }

  @Test
  void a_ck_of_12_times_the_upper_limit_with_symptoms_means_stop_the_statin_and_same_day_assessment() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE).build();

    WorkupInterpretation result = interpret(adult(64), PanelFixture.normal().ck("2400", "200"), signs);

    Finding sams = result.find("statin-associated-muscle-symptoms").orElseThrow();
    assertThat(sams.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(sams.message()).contains("stop the statin");
    assertThat(sams.citations()).extracting(c -> c.fact()).contains("SAMS-07", "SAMS-06");
    assertThat(result.has("rhabdomyolysis-risk")).isTrue();
    assertThat(result.isUrgent()).isTrue();
    assertThat(result.redFlags()).contains(RedFlag.CK_ABOVE_10_TIMES_ULN);
  }

  @Test
  void a_ck_of_exactly_10_times_the_limit_is_still_in_the_4_to_10_band_and_not_urgent() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE).build();

    WorkupInterpretation result = interpret(adult(64), PanelFixture.normal().ck("2000", "200"), signs);

    assertThat(result.find("ck-elevated").orElseThrow().values()).containsEntry("category", "FROM_4_TO_10_TIMES_ULN");
    assertThat(result.has("rhabdomyolysis-risk")).isFalse();
    assertThat(result.isUrgent()).isFalse();
  }

  @Test
  void a_ck_3_times_the_limit_with_mild_symptoms_on_a_statin_means_stop_until_evaluated() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE).build();

    WorkupInterpretation result = interpret(adult(58), PanelFixture.normal().ck("600", "200"), signs);

    Finding sams = result.find("statin-associated-muscle-symptoms").orElseThrow();
    assertThat(sams.severity()).isEqualTo(Severity.MODERATE);
    assertThat(sams.values()).containsEntry("multipleOfUln", "3.00").containsEntry("ckCategory", "ABOVE_ULN_BELOW_4_TIMES");
    assertThat(result.isUrgent()).isFalse();
  }

  @Test
  void severe_symptoms_on_a_statin_with_a_normal_ck_still_mean_stop_and_check_for_rhabdomyolysis() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.SEVERE).build();

    WorkupInterpretation result = interpret(adult(58), PanelFixture.normal(), signs);

    Finding sams = result.find("statin-associated-muscle-symptoms").orElseThrow();
    assertThat(sams.severity()).isEqualTo(Severity.MAJOR);
    assertThat(sams.citations()).extracting(c -> c.fact()).contains("SAMS-02");
  }

  @Test
  void a_ck_above_40_times_with_renal_impairment_is_rhabdomyolysis_itself() {
    Patient patient = Patient.builder().age(Age.years(80)).sex(Sex.F).weightKg(new BigDecimal("60")).build();
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.SEVERE).build();

    WorkupInterpretation result =
        interpret(patient,
            PanelFixture.normal().ck("9000", "200").with(LabResult.of(LabTest.CREATININE, "2.0", "mg/dL")), signs);

    Finding rhabdo = result.find("rhabdomyolysis-risk").orElseThrow();
    assertThat(rhabdo.values()).containsEntry("established", "true");
    assertThat(rhabdo.message()).startsWith("Rhabdomyolysis (CK > 40 x ULN");
    assertThat(result.has("renal-impairment")).isTrue();
  }

  @Test
  void dark_urine_raises_rhabdomyolysis_risk_even_with_a_normal_ck() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(false).darkUrineOrMyoglobinuria(true).build();

    WorkupInterpretation result = interpret(adult(45), PanelFixture.normal(), signs);

    assertThat(result.has("rhabdomyolysis-risk")).isTrue();
    assertThat(result.redFlags()).contains(RedFlag.DARK_URINE_OR_MYOGLOBINURIA);
    assertThat(result.isUrgent()).isTrue();
  }

  @Test
  void a_statin_in_the_medication_list_with_unrecorded_symptoms_is_reported_as_a_missing_sign() {
    Patient patient =
        Patient.builder().age(Age.years(62)).sex(Sex.M).weightKg(new BigDecimal("80"))
            .addCurrentMedications(MedicationStatement.taking(Code.rxNorm("83367", "atorvastatin"))).build();

    WorkupInterpretation result = interpret(patient, PanelFixture.normal().ck("900", "200"), ClinicalSigns.unknown());

    assertThat(result.find("sign-missing").orElseThrow().values()).containsEntry("missing", "muscleSymptoms");
    assertThat(result.has("statin-associated-muscle-symptoms")).isFalse();
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void a_complete_sams_clinical_index_is_shown_with_its_likelihood() {
    ClinicalSigns signs =
        ClinicalSigns.builder()
            .onStatin(true)
            .muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
            .statinSymptomPattern(org.painpath.evaluation.statin.SamsPattern.SYMMETRIC_HIP_FLEXOR_OR_THIGH)
            .statinSymptomOnset(org.painpath.evaluation.statin.SamsOnset.WITHIN_4_WEEKS)
            .statinDechallenge(org.painpath.evaluation.statin.SamsDechallenge.IMPROVES_WITHIN_2_WEEKS)
            .statinRechallenge(org.painpath.evaluation.statin.SamsRechallenge.SAME_SYMPTOMS_WITHIN_4_WEEKS)
            .build();

    Finding sams = interpret(adult(60), PanelFixture.normal(), signs).find("statin-associated-muscle-symptoms")
        .orElseThrow();

    assertThat(sams.values()).containsEntry("samsCi", "11").containsEntry("samsCiLikelihood", "PROBABLE");
    assertThat(sams.citations()).extracting(c -> c.fact()).contains("SAMS-11", "SAMS-12");
  }

  @Test
  void an_incomplete_sams_clinical_index_names_the_missing_items() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
            .statinSymptomOnset(org.painpath.evaluation.statin.SamsOnset.AFTER_12_WEEKS).build();

    Finding sams = interpret(adult(60), PanelFixture.normal(), signs).find("statin-associated-muscle-symptoms")
        .orElseThrow();

    assertThat(sams.values().get("samsCi")).contains("pattern", "dechallenge", "rechallenge").doesNotContain("onset");
  }

  @Test
  void an_asymptomatic_ck_of_5_times_the_limit_is_repeated() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(false).muscleSymptoms(MuscleSymptoms.NONE).build();

    WorkupInterpretation result = interpret(adult(35), PanelFixture.normal().ck("1000", "200"), signs);

    assertThat(result.has("ck-raised-without-symptoms")).isTrue();
    assertThat(result.additionalOrders()).extracting(o -> o.loinc().code()).containsExactly("2157-6");
  }

  @Test
  void objective_proximal_weakness_suggests_primary_muscle_disease_and_raises_a_referral_flag() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(false).objectiveProximalWeakness(true).build();

    WorkupInterpretation result = interpret(adult(52), PanelFixture.normal().ck("700", "200"), signs);

    assertThat(result.has("primary-muscle-disease-suspected")).isTrue();
    assertThat(result.redFlags()).containsExactly(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS);
  }

  @Test
  void raised_ck_with_weakness_persisting_off_the_statin_suggests_autoimmune_myopathy() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.MILD_TO_MODERATE)
            .weaknessPersistsAfterStoppingStatin(true).build();

    WorkupInterpretation result = interpret(adult(66), PanelFixture.normal().ck("1500", "200"), signs);

    Finding saam = result.find("statin-associated-autoimmune-myopathy-suspected").orElseThrow();
    assertThat(saam.message()).contains("do not re-expose");
    assertThat(saam.citations()).extracting(c -> c.fact()).contains("SAMS-14");
  }

  @Test
  void autoimmune_myopathy_is_suspected_once_the_statin_is_recorded_as_stopped() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).statinStoppedOn(java.time.LocalDate.of(2026, 1, 10))
            .resolvedSinceStatinStopped(false).weaknessPersistsAfterStoppingStatin(true).build();

    WorkupInterpretation result =
        Workup.interpret(adult(66), PanelFixture.normal().ck("1500", "200").panel(), signs, java.time.LocalDate.of(2026, 4, 1));

    Finding saam = result.find("statin-associated-autoimmune-myopathy-suspected").orElseThrow();
    assertThat(saam.values().get("conditionCode").toString()).contains("G72.49");
    assertThat(result.has("statin-unlikely-cause")).as("never beside the suspected myopathy").isFalse();
  }

  @Test
  void a_repeat_ck_still_raised_counts_as_raised_ck_for_autoimmune_myopathy() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).ckPersistentlyRaised(true).weaknessPersistsAfterStoppingStatin(true).build();

    assertThat(interpret(adult(66), PanelFixture.normal(), signs).has("statin-associated-autoimmune-myopathy-suspected"))
        .isTrue();
  }

  @Test
  void long_term_corticosteroids_make_steroid_myopathy_a_possible_cause() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(false).longTermCorticosteroids(true).build();

    assertThat(interpret(adult(70), PanelFixture.normal(), signs).causesFound())
        .extracting(Finding::code)
        .containsExactly("steroid-myopathy-possible");
  }

  @Test
  void a_vitamin_d_of_15_ng_per_ml_is_deficiency_and_25_is_insufficiency() {
    assertThat(codes(interpret(adult(40), PanelFixture.normal().vitaminD("15", "ng/mL"), OFF_STATIN)))
        .containsExactly("vitamin-d-deficiency");
    assertThat(codes(interpret(adult(40), PanelFixture.normal().vitaminD("25", "ng/mL"), OFF_STATIN)))
        .containsExactly("vitamin-d-insufficiency");
    assertThat(codes(interpret(adult(40), PanelFixture.normal().vitaminD("30", "ng/mL"), OFF_STATIN))).isEmpty();
  }

  @Test
  void in_nmol_per_l_the_cut_points_are_the_ng_per_ml_ones_times_2_496() {
    assertThat(codes(interpret(adult(40), PanelFixture.normal().vitaminD("49.9", "nmol/L"), OFF_STATIN)))
        .containsExactly("vitamin-d-deficiency");
    assertThat(codes(interpret(adult(40), PanelFixture.normal().vitaminD("49.92", "nmol/L"), OFF_STATIN)))
        .containsExactly("vitamin-d-insufficiency");
  }

  @Test
  void a_creatinine_of_2_in_an_80_year_old_woman_of_60_kg_puts_her_clearance_in_the_15_to_30_band() {
    Patient patient = Patient.builder().age(Age.years(80)).sex(Sex.F).weightKg(new BigDecimal("60")).build();

    WorkupInterpretation result =
        interpret(patient, PanelFixture.normal().with(LabResult.of(LabTest.CREATININE, "2.0", "mg/dL")), OFF_STATIN);

    Finding renal = result.find("renal-impairment").orElseThrow();
    // (140 - 80) x 60 / (72 x 2.0) x 0.85 = 21.25, rounded down to 21.2 mL/min
    assertThat(renal.values()).containsEntry("creatinineClearance", "21.2 mL/min")
        .containsEntry("band", "CrCl 15 to < 30 mL/min");
    assertThat(renal.severity()).isEqualTo(Severity.MAJOR);
    assertThat(renal.values().get("egfr")).isNotEqualTo("unknown");
  }

  @Test
  void a_creatinine_in_micromoles_is_converted_before_cockcroft_gault() {
    Patient patient = Patient.builder().age(Age.years(80)).sex(Sex.F).weightKg(new BigDecimal("60")).build();

    WorkupInterpretation result =
        interpret(patient, PanelFixture.normal().with(LabResult.of(LabTest.CREATININE, "176.8", "umol/L")),
            OFF_STATIN);

    assertThat(result.find("renal-impairment").orElseThrow().values())
        .containsEntry("creatinineClearance", "21.2 mL/min");
  }

  @Test
  void without_a_weight_there_is_no_clearance_and_the_missing_weight_is_named() {
    Patient patient = Patient.builder().age(Age.years(70)).sex(Sex.M).build();

    WorkupInterpretation result = interpret(patient, PanelFixture.normal(), OFF_STATIN);

    assertThat(result.find("result-missing").orElseThrow().values()).containsEntry("missing", "the patient's weight");
    assertThat(result.has("renal-impairment")).isFalse();
  }

  @Test
  void a_patient_on_haemodialysis_has_renal_impairment_whatever_the_creatinine() {
    Patient patient =
        Patient.builder().age(Age.years(60)).sex(Sex.M).weightKg(new BigDecimal("70")).onHaemodialysis(true).build();

    assertThat(interpret(patient, PanelFixture.normal(), OFF_STATIN).find("renal-impairment").orElseThrow().values())
        .containsEntry("band", "on haemodialysis");
  }

  @Test
  void an_alt_above_the_limit_is_hepatic_impairment_to_be_graded_by_child_pugh() {
    WorkupInterpretation result =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.ALT, "180", "U/L", "7", "56")),
            OFF_STATIN);

    Finding hepatic = result.find("hepatic-impairment").orElseThrow();
    assertThat(hepatic.message()).contains("Child-Pugh");
    assertThat(hepatic.severity()).isEqualTo(Severity.MODERATE);
  }

  @Test
  void a_recorded_child_pugh_b_is_major_hepatic_impairment() {
    Patient patient =
        Patient.builder().age(Age.years(50)).sex(Sex.M).weightKg(new BigDecimal("70")).childPugh(ChildPughClass.B)
            .build();

    Finding hepatic = interpret(patient, PanelFixture.normal(), OFF_STATIN).find("hepatic-impairment").orElseThrow();

    assertThat(hepatic.severity()).isEqualTo(Severity.MAJOR);
    assertThat(hepatic.message()).startsWith("Child-Pugh class B.");
  }

  @Test
  void a_72_year_old_with_shoulder_aching_raised_esr_and_a_score_of_6_is_classified_as_pmr() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(60)
            .hipPainOrLimitedRangeOfMotion(true).rheumatoidFactorOrAcpaPositive(false).otherJointInvolvement(false)
            .build();

    WorkupInterpretation result = interpret(adult(72), PanelFixture.normal().esr("48"), signs);

    Finding pmr = result.find("pmr-suspected").orElseThrow();
    assertThat(pmr.values()).containsEntry("score", "6").containsEntry("atypical", "false");
    assertThat(pmr.message()).contains("not a diagnosis", "giant cell arteritis");
  }

  @Test
  void pmr_at_55_is_atypical_and_needs_early_referral() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(90)
            .rheumatoidFactorOrAcpaPositive(false).build();

    Finding pmr = interpret(adult(55), PanelFixture.normal().crp("22"), signs).find("pmr-suspected").orElseThrow();

    assertThat(pmr.values()).containsEntry("atypical", "true").containsEntry("score", "4");
  }

  @Test
  void morning_stiffness_of_exactly_45_minutes_does_not_score() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(45)
            .hipPainOrLimitedRangeOfMotion(true).rheumatoidFactorOrAcpaPositive(false).otherJointInvolvement(true)
            .build();

    WorkupInterpretation result = interpret(adult(70), PanelFixture.normal().esr("40"), signs);

    assertThat(result.has("pmr-suspected")).isFalse();
    assertThat(result.has("pmr-classification-incomplete")).isFalse();
  }

  @Test
  void unrecorded_pmr_items_are_asked_for_instead_of_scored_as_absent() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(60).build();

    WorkupInterpretation result = interpret(adult(70), PanelFixture.normal().esr("40"), signs);

    Finding incomplete = result.find("pmr-classification-incomplete").orElseThrow();
    assertThat(incomplete.values().get("missing")).contains("absence of RF or ACPA");
    assertThat(result.has("pmr-suspected")).isFalse();
  }

  @Test
  void pmr_is_not_considered_under_50_or_with_normal_esr_and_crp() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(60)
            .hipPainOrLimitedRangeOfMotion(true).rheumatoidFactorOrAcpaPositive(false).otherJointInvolvement(false)
            .build();

    assertThat(interpret(adult(49), PanelFixture.normal().esr("48"), signs).has("pmr-suspected")).isFalse();
    assertThat(interpret(adult(70), PanelFixture.normal(), signs).has("pmr-suspected")).isFalse();
  }

  @Test
  void a_low_calcium_is_shown_without_a_diagnosis_drawn_from_it() {
    WorkupInterpretation result =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.CALCIUM, "7.9", "mg/dL", "8.6", "10.3")),
            OFF_STATIN);

    assertThat(codes(result)).containsExactly("result-outside-reference-range");
    assertThat(result.causesFound()).isEmpty();
  }

  @Test
  void two_ck_results_in_one_panel_are_ambiguous_and_rejected() {
    assertThatThrownBy(
            () -> LabPanel.of(LabResult.of(LabTest.CK, "100", "U/L", "30", "200"),
                LabResult.of(LabTest.CK, "900", "U/L", "30", "200")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("results[1]")).isTrue());
  }

  @Test
  void a_result_whose_lower_limit_is_above_its_upper_limit_is_rejected() {
    assertThatThrownBy(() -> LabResult.of(LabTest.TSH, "2", "mIU/L", "5", "4"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasCode("above-upper-limit")).isTrue());
  }

  @Test
  void interpreting_without_patient_panel_or_signs_names_all_three() {
    assertThatThrownBy(() -> Workup.interpret(null, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field()).containsExactly("patient", "panel", "signs"));
  }

  @Test
  void implausible_morning_stiffness_is_rejected_when_the_signs_are_built() {
    assertThatThrownBy(() -> ClinicalSigns.builder().morningStiffnessMinutes(2000).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("morningStiffnessMinutes")).isTrue());
  }
  @Test
  void symptoms_unresolved_two_months_after_stopping_the_statin_point_to_another_cause() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).statinStoppedOn(java.time.LocalDate.of(2026, 1, 10))
            .resolvedSinceStatinStopped(false).build();

    WorkupInterpretation atTwoMonths =
        Workup.interpret(adult(60), PanelFixture.normal().panel(), signs, java.time.LocalDate.of(2026, 3, 10));
    WorkupInterpretation aDayEarlier =
        Workup.interpret(adult(60), PanelFixture.normal().panel(), signs, java.time.LocalDate.of(2026, 3, 9));

    assertThat(atTwoMonths.find("statin-unlikely-cause").orElseThrow().citations()).extracting(c -> c.fact())
        .containsExactly("SAMS-05");
    assertThat(aDayEarlier.has("statin-unlikely-cause")).isFalse();
    assertThat(Workup.interpret(adult(60), PanelFixture.normal().panel(), signs).has("statin-unlikely-cause"))
        .isFalse();
  }
  @Test
  void a_statin_stop_date_after_the_as_of_date_is_rejected() {
    ClinicalSigns signs =
        ClinicalSigns.builder().statinStoppedOn(java.time.LocalDate.of(2026, 5, 1)).build();

    assertThatThrownBy(
            () -> Workup.interpret(adult(60), PanelFixture.normal().panel(), signs, java.time.LocalDate.of(2026, 4, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("signs.statinStoppedOn")).isTrue());
  }
  @Test
  void vitamin_d_deficiency_is_moderate_and_insufficiency_informative_with_the_cut_point_named() {
    Finding deficiency = interpret(adult(40), PanelFixture.normal().vitaminD("15", "ng/mL"), OFF_STATIN)
        .find("vitamin-d-deficiency").orElseThrow();
    Finding insufficiency = interpret(adult(40), PanelFixture.normal().vitaminD("60", "nmol/L"), OFF_STATIN)
        .find("vitamin-d-insufficiency").orElseThrow();

    assertThat(deficiency.severity()).isEqualTo(Severity.MODERATE);
    assertThat(deficiency.values()).containsEntry("threshold", "< 20 ng/mL");
    assertThat(deficiency.message()).contains("deficiency (< 20 ng/mL)").doesNotContain("2.496");
    assertThat(insufficiency.severity()).isEqualTo(Severity.INFO);
    assertThat(insufficiency.values()).containsEntry("threshold", "20 ng/mL to < 30 ng/mL");
    assertThat(insufficiency.message()).contains("insufficiency", "x 2.496 for nmol/L");
  }
  @Test
  void a_tsh_exactly_at_the_upper_limit_is_not_hypothyroidism() {
    assertThat(interpret(adult(50), PanelFixture.normal().tsh("4.0"), OFF_STATIN).has("hypothyroidism")).isFalse();
  }

  @Test
  void an_interpretation_with_causes_but_nothing_missing_is_complete() {
    WorkupInterpretation result = interpret(adult(50), PanelFixture.normal().vitaminD("12", "ng/mL"), OFF_STATIN);

    assertThat(result.findings()).isNotEmpty();
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void a_statin_that_was_stopped_or_another_drug_in_the_medication_list_is_not_taken_as_a_current_statin() {
    Patient patient =
        Patient.builder().age(Age.years(62)).sex(Sex.M).weightKg(new BigDecimal("80"))
            .addCurrentMedications(MedicationStatement.taking(Code.rxNorm("25480", "gabapentin")))
            .addCurrentMedications(MedicationStatement.stopped(Code.rxNorm("36567", "simvastatin"),
                java.time.LocalDate.of(2025, 12, 1)))
            .build();

    WorkupInterpretation result = interpret(patient, PanelFixture.normal(), ClinicalSigns.unknown());

    assertThat(result.has("sign-missing")).isFalse();
    assertThat(result.has("statin-associated-muscle-symptoms")).isFalse();
  }

  @Test
  void the_pmr_score_counts_a_positive_serology_and_other_joints_as_zero() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(60)
            .hipPainOrLimitedRangeOfMotion(true).rheumatoidFactorOrAcpaPositive(true).otherJointInvolvement(true)
            .build();

    WorkupInterpretation result = interpret(adult(70), PanelFixture.normal().esr("40"), signs);

    assertThat(result.has("pmr-suspected")).isFalse();
    assertThat(result.has("pmr-classification-incomplete")).isFalse();
  }

  @Test
  void a_pmr_score_that_could_just_reach_4_with_the_unrecorded_items_asks_for_them() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(30)
            .otherJointInvolvement(false).build();

    Finding incomplete = interpret(adult(70), PanelFixture.normal().crp("30"), signs)
        .find("pmr-classification-incomplete").orElseThrow();

    assertThat(incomplete.values()).containsEntry("score", "1-4");
  }

  @Test
  void pmr_at_exactly_60_is_typical_and_the_finding_shows_the_esr_and_crp_used() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).bilateralShoulderAching(true).morningStiffnessMinutes(60)
            .rheumatoidFactorOrAcpaPositive(false).build();

    Finding pmr = interpret(adult(60), PanelFixture.normal().esr("35"), signs).find("pmr-suspected").orElseThrow();

    assertThat(pmr.values()).containsEntry("atypical", "false").containsEntry("esr", "35 mm/h")
        .containsEntry("crp", "3 mg/L").containsEntry("esrUpperLimit", "20");
    assertThat(pmr.message()).doesNotContain("atypical");
  }

  @Test
  void a_ck_above_40_times_on_haemodialysis_is_rhabdomyolysis_and_without_a_known_clearance_only_a_risk() {
    Patient onDialysis =
        Patient.builder().age(Age.years(60)).sex(Sex.M).weightKg(new BigDecimal("70")).onHaemodialysis(true).build();
    Patient noWeight = Patient.builder().age(Age.years(60)).sex(Sex.M).build();
    PanelFixture panel = PanelFixture.normal().ck("9000", "200");

    assertThat(interpret(onDialysis, panel, OFF_STATIN).find("rhabdomyolysis-risk").orElseThrow().values())
        .containsEntry("established", "true");
    assertThat(interpret(noWeight, panel, OFF_STATIN).find("rhabdomyolysis-risk").orElseThrow().values())
        .containsEntry("established", "false");
  }

  @Test
  void a_creatinine_below_the_plausible_floor_is_named_implausible() {
    WorkupInterpretation result =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.CREATININE, "0.05", "mg/dL")),
            OFF_STATIN);

    assertThat(result.find("result-implausible").orElseThrow().values()).containsEntry("test", "2160-0");
  }

  @Test
  void renal_impairment_shows_the_egfr_for_staging_and_the_creatinine_used() {
    Patient patient = Patient.builder().age(Age.years(80)).sex(Sex.F).weightKg(new BigDecimal("60")).build();

    Finding renal =
        interpret(patient, PanelFixture.normal().with(LabResult.of(LabTest.CREATININE, "2.0", "mg/dL")), OFF_STATIN)
            .find("renal-impairment").orElseThrow();

    assertThat(renal.message()).contains("creatinine clearance 21.2 mL/min", "eGFR");
    assertThat(renal.values()).containsEntry("creatinine", "2.0 mg/dL");
  }

  @Test
  void the_hepatic_finding_names_the_raised_enzyme() {
    Finding hepatic =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.AST, "95", "U/L", "10", "40")),
            OFF_STATIN).find("hepatic-impairment").orElseThrow();

    assertThat(hepatic.message()).startsWith("AST 95 U/L above");
    assertThat(hepatic.values()).containsEntry("childPugh", "not recorded");
  }

  @Test
  void a_result_outside_range_shows_the_laboratory_range() {
    Finding outside =
        interpret(adult(50),
            PanelFixture.normal().with(LabResult.of(LabTest.ALKALINE_PHOSPHATASE, "300", "U/L", "44", "147")),
            OFF_STATIN).find("result-outside-reference-range").orElseThrow();

    assertThat(outside.values()).containsEntry("range", "44-147 U/L");
    assertThat(outside.message()).contains("above");
  }

  @Test
  void a_raised_ck_with_proximal_weakness_and_a_raised_repeat_flags_both_for_referral() {
    ClinicalSigns signs =
        ClinicalSigns.builder().onStatin(false).objectiveProximalWeakness(true).ckPersistentlyRaised(true).build();

    WorkupInterpretation result = interpret(adult(52), PanelFixture.normal().ck("700", "200"), signs);

    assertThat(result.redFlags()).containsExactlyInAnyOrder(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS,
        RedFlag.PERSISTENTLY_RAISED_CK);
    assertThat(result.find("primary-muscle-disease-suspected").orElseThrow().values()).containsEntry("ck", "700");
  }

  @Test
  void rising_creatinine_is_a_rhabdomyolysis_red_flag() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(false).creatinineRising(true).build();

    assertThat(interpret(adult(50), PanelFixture.normal(), signs).redFlags())
        .containsExactly(RedFlag.RISING_CREATININE);
  }
  @Test
  void no_muscle_symptoms_on_a_statin_is_no_sams() {
    ClinicalSigns signs = ClinicalSigns.builder().onStatin(true).muscleSymptoms(MuscleSymptoms.NONE).build();

    assertThat(interpret(adult(60), PanelFixture.normal().ck("300", "200"), signs).has(
        "statin-associated-muscle-symptoms")).isFalse();
  }

  @Test
  void a_free_t4_without_a_lower_limit_or_exactly_at_it_is_not_called_low() {
    WorkupInterpretation noLower =
        interpret(adult(50),
            PanelFixture.normal().tsh("12").with(LabResult.of(LabTest.FREE_T4, "0.5", "ng/dL", null, "1.8")),
            OFF_STATIN);
    WorkupInterpretation atLower =
        interpret(adult(50),
            PanelFixture.normal().tsh("12").with(LabResult.of(LabTest.FREE_T4, "0.8", "ng/dL", "0.8", "1.8")),
            OFF_STATIN);

    assertThat(noLower.find("hypothyroidism").orElseThrow().message()).contains("has no lower reference limit");
    assertThat(atLower.find("hypothyroidism").orElseThrow().message()).contains("is not below");
  }

  @Test
  void the_hepatic_finding_carries_both_enzymes_and_their_limits() {
    Finding hepatic =
        interpret(adult(50), PanelFixture.normal().with(LabResult.of(LabTest.ALT, "180", "U/L", "7", "56")),
            OFF_STATIN).find("hepatic-impairment").orElseThrow();

    assertThat(hepatic.values()).containsEntry("alt", "180 U/L").containsEntry("altUpperLimit", "56")
        .containsEntry("ast", "22 U/L").containsEntry("astUpperLimit", "40");
  }

  @Test
  void a_missing_result_is_named_by_the_test_a_clinician_recognises() {
    WorkupInterpretation result = interpret(adult(40), PanelFixture.normal().without(LabTest.ESR), OFF_STATIN);

    assertThat(result.all("result-missing")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("ESR (Westergren): result missing"));
  }
}
