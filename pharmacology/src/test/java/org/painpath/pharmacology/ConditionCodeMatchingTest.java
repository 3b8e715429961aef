package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/** Contraindications match a condition by its ICD-10-CM or SNOMED CT code; display words only as a flagged fallback. */
class ConditionCodeMatchingTest {

  private static Patient with(Code condition) {
    return Patient.builder().from(Patients.adultWithCrcl("90")).addConditions(condition).build();
  }

  private static Finding contraindication(RegimenVerdict verdict) {
    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    return verdict.all(FindingCodes.CONTRAINDICATED).get(0);
  }

  @Test
  void alcohol_abuse_coded_f10_10_rules_out_duloxetine_by_its_code() {
    Finding f = contraindication(
        check(with(Code.icd10cm("F10.10", "Alcohol abuse, uncomplicated")), item("duloxetine", "30 mg", "QD")));

    assertThat(f.values().get("matchedBy").toString()).contains("code");
    assertThat(f.values().get("conditionSet").toString()).contains("alcohol-use-disorder");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("DUL-05", "ICD10CM-ALCOHOL-USE");
  }

  @Test
  void a_listed_code_matches_whatever_its_display_says() {
    contraindication(check(with(Code.icd10cm("K74.60", "liver problem")), item("duloxetine", "30 mg", "QD")));
  }

  @Test
  void alcohol_dependence_in_remission_counts_as_the_condition() {
    contraindication(
        check(with(Code.icd10cm("F10.21", "Alcohol dependence, in remission")), item("duloxetine", "30 mg", "QD")));
  }

  @Test
  void a_code_not_listed_is_not_matched_by_its_prefix() {
    RegimenVerdict verdict = check(with(Code.icd10cm("F10.9", "Other")), item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.has(FindingCodes.CONTRAINDICATED)).isFalse();
  }

  @Test
  void a_condition_known_only_by_its_words_still_blocks_and_says_the_match_was_by_text() {
    Finding f = contraindication(
        check(with(Code.snomed("123", "Alcohol use disorder")), item("duloxetine", "30 mg", "QD")));

    assertThat(f.values().get("matchedBy").toString()).contains("display-text");
    assertThat(f.message()).contains("display").contains("ICD-10-CM or SNOMED CT code");
  }

  @Test
  void alcohol_dependence_with_withdrawal_is_substantial_alcohol_use_for_duloxetine() {
    contraindication(
        check(with(Code.icd10cm("F10.230", "Alcohol dependence with withdrawal, uncomplicated")), item("duloxetine", "30 mg", "QD")));
  }

  @Test
  void epilepsy_coded_in_snomed_rules_out_bupropion() {
    contraindication(check(with(Code.snomed("84757009", "Epilepsy")), item("bupropion-sr", "150 mg", "QD")));
  }

  @Test
  void a_statin_is_ruled_out_by_the_autoimmune_myopathy_code_although_the_pack_holds_no_statin_doses() {
    Finding f = contraindication(
        check(with(Code.icd10cm("G72.49", "Other inflammatory and immune myopathies, not elsewhere classified")),
            item("atorvastatin", "10 mg", "QD")));

    assertThat(f.citations()).extracting(c -> c.fact()).contains("SAMS-14");
  }
}
