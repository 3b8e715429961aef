package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.stoppedDaysAgo;
import static org.painpath.pharmacology.Patients.taking;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;

import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
class RegimenCheckTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static Finding only(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + verdict.findings()));
  }

  @Test
  void gabapentin_and_pregabalin_together_are_a_therapeutic_duplication() {
    RegimenVerdict verdict = check(ADULT, item("gabapentin", "300 mg", "TID"), item("pregabalin", "75 mg", "BID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding duplication = only(verdict, "therapeutic-duplication");
    assertThat(duplication.about()).containsExactly("gabapentin", "pregabalin");
    assertThat(duplication.values()).containsEntry("rule", "INT-08");
    assertThat(duplication.citations()).isNotEmpty();
  }

  @Test
  void duloxetine_and_venlafaxine_are_two_snris() {
    assertThat(check(ADULT, item("duloxetine", "30 mg", "QD"), item("venlafaxine-er", "37.5 mg", "QD")).has("therapeutic-duplication")).isTrue();
  }

  @Test
  void an_snri_with_a_tca_is_a_major_interaction_needing_an_override() {
    RegimenVerdict verdict = check(ADULT, item("duloxetine", "60 mg", "QD"), item("nortriptyline", "25 mg", "QHS"));

    Finding interaction = only(verdict, "interaction");
    assertThat(interaction.severity()).isEqualTo(Severity.MAJOR);
    assertThat(interaction.values()).containsEntry("rule", "INT-03");
    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
  }

  @Test
  void a_tca_with_fluoxetine_the_patient_takes_is_a_cyp2d6_interaction() {
    Patient patient = taking(ADULT, current("Fluoxetine 20 MG Oral Capsule"));

    assertThat(only(check(patient, item("nortriptyline", "25 mg", "QHS")), "interaction").values()).containsEntry("rule", "INT-16");
  }

  @Test
  void bupropion_with_tramadol_lowers_the_seizure_threshold_and_tramadol_is_the_opioid_pitfall() {
    RegimenVerdict verdict = check(ADULT, item("bupropion-sr", "150 mg", "QAM"), item("tramadol", "50 mg", "QID"));

    assertThat(verdict.findings()).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", "INT-06"));
    Finding opioid = only(verdict, "opioid-in-regimen");
    assertThat(opioid.values()).containsEntry("mmePerDay", "40");
    assertThat(verdict.morphineMilligramEquivalents()).contains(new BigDecimal("40"));
  }

  @Test
  void a_gabapentinoid_with_an_opioid_risks_respiratory_depression_and_is_beers_avoid_from_65() {
    RegimenVerdict young = check(ADULT, item("pregabalin", "75 mg", "BID"), item("morphine", "10 mg", "BID"));
    assertThat(young.findings()).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", "INT-10"));
    assertThat(young.has("beers-avoid")).isFalse();

    RegimenVerdict old = check(Patients.aged(70, "90"), item("pregabalin", "25 mg", "BID"), item("morphine", "10 mg", "BID"));
    assertThat(old.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("beers-avoid");
      assertThat(f.about()).containsExactly("morphine", "pregabalin");
    });
  }

  @Test
  void an_snri_with_an_oral_nsaid_the_patient_takes_warns_of_bleeding() {
    Patient patient = taking(ADULT, current("Ibuprofen 400 MG Oral Tablet"));
    Finding bleeding = only(check(patient, item("duloxetine", "30 mg", "QD")), "interaction");

    assertThat(bleeding.severity()).isEqualTo(Severity.MODERATE);
    assertThat(bleeding.values()).containsEntry("rule", "INT-13");
  }

  @Test
  void oral_diclofenac_is_told_apart_from_the_gel_by_its_form() {
    Patient patient = taking(ADULT, current("3355", "Diclofenac sodium 50 MG Delayed Release Oral Tablet", "100 mg"));
    RegimenVerdict verdict = check(patient, item("diclofenac-gel-1", "2 g", "QID"));

    assertThat(verdict.findings()).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", "INT-14"));
    Patient onGel = taking(ADULT, current("3355", "diclofenac 10 MG/ML Topical Gel", "8 g"));
    assertThat(check(onGel, item("diclofenac-gel-1", "2 g", "QID")).has("interaction")).isFalse();
  }

  @Test
  void an_snri_with_an_maoi_the_patient_takes_is_contraindicated() {
    Patient patient = taking(ADULT, current("Linezolid 600 MG Oral Tablet"));
    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "interaction").values()).containsEntry("rule", "INT-01");
  }

  @Test
  void duloxetine_may_not_start_until_14_days_after_an_maoi_stopped() {
    RegimenVerdict tenDays = check(taking(ADULT, stoppedDaysAgo("Phenelzine 15 MG Oral Tablet", 10)), item("duloxetine", "30 mg", "QD"));
    assertThat(tenDays.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(tenDays, "maoi-washout").values()).containsEntry("daysSinceMaoiStopped", "10").containsEntry("washoutDays", "14");

    RegimenVerdict fourteenDays = check(taking(ADULT, stoppedDaysAgo("Phenelzine 15 MG Oral Tablet", 14)), item("duloxetine", "30 mg", "QD"));
    assertThat(fourteenDays.has("maoi-washout")).isFalse();
  }

  @Test
  void an_maoi_started_within_5_days_of_stopping_duloxetine_is_a_washout_violation() {
    Patient patient = taking(ADULT, current("Phenelzine 15 MG Oral Tablet"), stoppedDaysAgo("Duloxetine 30 MG", 3));

    assertThat(check(patient, item("gabapentin", "300 mg", "QHS")).has("maoi-washout")).isTrue();
  }

  @Test
  void a_stop_date_after_the_as_of_date_is_bad_input() {
    Patient patient = taking(ADULT, stoppedDaysAgo("Phenelzine 15 MG Oral Tablet", -1));

    assertThatThrownBy(() -> check(patient, item("duloxetine", "30 mg", "QD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasField("currentMedications[0].stoppedOn")).isTrue());
  }

  @Test
  void an_older_adult_with_three_cns_active_drugs_is_flagged_by_beers() {
    Patient patient = taking(Patients.aged(70, "90"), current("Zolpidem 5 MG Oral Tablet"));
    RegimenVerdict verdict = check(patient, item("gabapentin", "100 mg", "QHS"), item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("beers-avoid");
      assertThat(f.values()).containsEntry("cnsActiveDrugs", "3");
    });
  }

  @Test
  void without_renal_data_a_renally_dosed_drug_is_missing_data_and_rejected() {
    RegimenVerdict verdict = check(Patients.withoutRenalData(), item("gabapentin", "300 mg", "QHS"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, "missing-data").values()).containsKeys("missing.serumCreatinine", "missing.weightKg");
  }

  @Test
  void an_unknown_regimen_drug_is_rejected_and_an_unknown_current_medication_is_a_warning() {
    assertThat(check(ADULT, item("milnacipran", "50 mg", "BID")).has("unknown-drug")).isTrue();
    assertThat(check(ADULT, item("milnacipran", "50 mg", "BID")).verdict()).isEqualTo(Verdict.REJECTED);

    RegimenVerdict unknownCurrent = check(taking(ADULT, current("Metformin 500 MG Oral Tablet")), item("duloxetine", "30 mg", "QD"));
    assertThat(only(unknownCurrent, "unknown-drug").severity()).isEqualTo(Severity.MODERATE);
  }

  @Test
  void gabapentin_above_the_crcl_45_band_is_a_renal_limit_and_above_the_label_a_daily_maximum_too() {
    Patient patient = Patients.adultWithCrcl("45");

    RegimenVerdict renal = check(patient, item("gabapentin", "800 mg", "BID"));
    assertThat(renal.has("renal-limit-exceeded")).isTrue();
    assertThat(renal.has("max-daily-dose-exceeded")).isFalse();
    assertThat(only(renal, "renal-limit-exceeded").values()).containsEntry("maxDaily", "1400 mg/day").containsEntry("dailyDose", "1600 mg/day");
    assertThat(renal.has("unlabelled-frequency")).isFalse();

    RegimenVerdict both = check(patient, item("gabapentin", "1300 mg", "TID"));
    assertThat(both.has("renal-limit-exceeded")).isTrue();
    assertThat(both.has("max-daily-dose-exceeded")).isTrue();
    assertThat(both.has("max-single-dose-exceeded")).isTrue();
    assertThat(both.has("unlabelled-frequency")).isTrue();
  }

  @Test
  void two_items_of_one_drug_are_added_up_for_the_daily_maximum() {
    RegimenVerdict verdict = check(ADULT, item("pregabalin", "300 mg", "BID"), item("pregabalin", "50 mg", "QHS"));

    assertThat(verdict.has("max-daily-dose-exceeded")).isTrue();
    assertThat(verdict.has("therapeutic-duplication")).isFalse();
  }

  @Test
  void the_mme_adds_the_patients_current_opioids_and_is_unknown_without_their_dose() {
    Patient onHydrocodone = taking(ADULT, current("0", "Hydrocodone bitartrate 10 MG", "20 mg"));
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(item("oxycodone", "10 mg", "BID")), onHydrocodone))
        .contains(new BigDecimal("50"));

    Patient onFentanyl = taking(ADULT, current("0", "Fentanyl 25 MCG/HR Transdermal System", "25 ug/h"));
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(), onFentanyl)).contains(new BigDecimal("60"));

    Patient unknownDose = taking(ADULT, current("Methadone 10 MG Oral Tablet"));
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(item("codeine", "30 mg", "QID")), unknownDose)).isEmpty();
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(item("duloxetine", "30 mg", "QD")), ADULT)).contains(BigDecimal.ZERO);
  }

  @Test
  void a_current_tramadol_is_the_same_drug_as_tramadol_in_the_regimen_and_is_not_counted_twice() {
    Patient patient = taking(ADULT, current("10689", "tramadol hydrochloride 50 MG", "200 mg"));

    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(item("tramadol", "50 mg", "QID")), patient)).contains(new BigDecimal("40"));
  }

  @Test
  void every_finding_carries_a_stable_code_and_at_least_one_citation() {
    Patient patient = taking(Patients.aged(70, "40"), current("Linezolid 600 MG"), current("Metformin 500 MG"));
    RegimenVerdict verdict =
        check(patient, item("gabapentin", "900 mg", "TID"), item("pregabalin", "300 mg", "QD"), item("nortriptyline", "200 mg", "QHS"),
            item("tramadol", "100 mg", "QID"), item("duloxetine", "60 mg", "QD"), item("nope", "1 mg", "QD"));

    assertThat(verdict.findings()).hasSizeGreaterThan(10).allSatisfy(f -> {
      assertThat(f.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(f.citations()).isNotEmpty();
    });
  }
}
