package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/**
 * What the patient already takes, in the regimen check (reference section 2): a medication is
 * recognised by its RxNorm code even under a brand name, by its name only as a whole word, and the
 * same ingredient in the regimen and on the medication list is one drug, counted once.
 */
class CurrentMedicationsTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static List<Finding> withRule(RegimenVerdict verdict, String rule) {
    return verdict.findings().stream().filter(f -> rule.equals(f.values().get("rule"))).toList();
  }

  @Test
  void brand_name_tramadol_recognised_by_its_rxnorm_code_is_a_serotonergic_interaction_with_duloxetine() {
    Patient patient = taking(ADULT, current("10689", "Ultram 50 MG Oral Tablet", "200 mg"));

    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(withRule(verdict, "INT-07")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.about()).containsExactly("duloxetine", "tramadol");
    });
    assertThat(verdict.has("unknown-drug")).isFalse();
  }

  @Test
  void wellbutrin_by_its_rxnorm_code_is_bupropion_whichever_formulation_and_inhibits_cyp2d6_for_nortriptyline() {
    Patient patient = taking(ADULT, current("42347", "Wellbutrin 150 MG Extended Release Oral Tablet", "150 mg"));

    RegimenVerdict verdict = check(patient, item("nortriptyline", "25 mg", "QHS"));

    assertThat(withRule(verdict, "INT-04")).singleElement().satisfies(f -> assertThat(f.about()).containsExactly("bupropion", "nortriptyline"));
  }

  @Test
  void bupropion_already_taken_and_continued_as_bupropion_sr_in_the_regimen_is_one_drug_warned_about_once() {
    Patient patient = taking(ADULT, current("42347", "bupropion hydrochloride 150 MG 12HR Extended Release Oral Tablet", "300 mg"));

    RegimenVerdict verdict = check(patient, item("bupropion-sr", "150 mg", "BID"), item("nortriptyline", "25 mg", "QHS"));

    assertThat(withRule(verdict, "INT-04")).singleElement().satisfies(f -> assertThat(f.about()).containsExactly("bupropion-sr", "nortriptyline"));
  }

  @Test
  void oral_diclofenac_under_a_brand_name_is_recognised_by_its_rxnorm_code_as_an_nsaid_that_bleeds_with_an_snri() {
    Patient patient = taking(ADULT, current("3355", "Voltaren 50 MG Delayed Release Oral Tablet", "100 mg"));

    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(withRule(verdict, "INT-13")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MODERATE);
      assertThat(f.about()).containsExactly("diclofenac", "duloxetine");
    });
    assertThat(verdict.has("unknown-drug")).isFalse();
  }

  @Test
  void a_name_inside_a_longer_word_is_not_that_drug_so_dihydrocodeine_and_heparinoid_are_unrecognised() {
    Patient patient = taking(ADULT, current("Dihydrocodeine 30 MG Oral Tablet"), current("Heparinoid 0.3 % Cream"));

    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.findings().stream().filter(f -> f.code().equals("unknown-drug")).map(f -> f.about().get(0)))
        .containsExactlyInAnyOrder("Dihydrocodeine 30 MG Oral Tablet", "Heparinoid 0.3 % Cream");
    assertThat(verdict.has("interaction")).isFalse();
  }

  @Test
  void a_name_followed_by_the_rest_of_the_label_is_recognised_as_a_whole_word() {
    Patient patient = taking(ADULT, current("Warfarin sodium 5 MG Oral Tablet"));

    assertThat(withRule(check(patient, item("duloxetine", "30 mg", "QD")), "INT-13")).hasSize(1);
  }

  @Test
  void an_older_adult_on_three_cns_active_drugs_offered_a_lidocaine_patch_gets_no_cns_burden_flag_for_the_patch() {
    Patient patient =
        taking(
            Patients.aged(72, "90"),
            current("Zolpidem 5 MG Oral Tablet"),
            current("Quetiapine 25 MG Oral Tablet"),
            current("Baclofen 10 MG Oral Tablet"));

    RegimenVerdict verdict = check(patient, item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"));

    assertThat(verdict.has("beers-avoid")).as("the patch is not CNS-active: %s", verdict.findings()).isFalse();
  }

  @Test
  void an_older_adult_on_one_cns_active_drug_and_an_nsaid_offered_duloxetine_has_two_cns_active_drugs_not_three() {
    Patient patient = taking(Patients.aged(72, "90"), current("Zolpidem 5 MG Oral Tablet"), current("Ibuprofen 400 MG Oral Tablet"));

    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.has("beers-avoid")).as("%s", verdict.findings()).isFalse();
  }

  @Test
  void an_interaction_between_two_medications_already_taken_is_not_a_finding_of_the_proposed_regimen() {
    Patient patient =
        taking(ADULT, current("10689", "tramadol hydrochloride 50 MG Oral Tablet", "200 mg"), current("42347", "Wellbutrin SR 150 MG", "300 mg"));

    RegimenVerdict verdict = check(patient, item("lidocaine-patch-5", "1 patch", "12H-ON-12H-OFF"));

    assertThat(withRule(verdict, "INT-06")).isEmpty();
    assertThat(verdict.has("interaction")).isFalse();
  }

  @Test
  void the_mme_adds_a_pack_opioid_the_patient_takes_to_the_regimens_opioid() {
    // oxycodone 10 mg BID = 20 mg x 1.5 (MME-07) = 30; codeine 120 mg/day x 0.15 (MME-01) = 18.
    Patient patient = taking(ADULT, current("2670", "codeine phosphate 30 MG Oral Tablet", "120 mg"));

    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(item("oxycodone", "10 mg", "BID")), patient))
        .contains(new BigDecimal("48"));
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(), patient)).contains(new BigDecimal("18"));
  }
}
