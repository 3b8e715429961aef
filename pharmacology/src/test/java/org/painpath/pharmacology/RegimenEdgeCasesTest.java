package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/** Regimen checks at the edges: which dose counts as the single dose, exact washout days, unknowable MME. */
class RegimenEdgeCasesTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static RegimenVerdict check(Patient patient, RegimenItem... items) {
    return Limits.PHARMACOLOGY.check(Regimen.of(items), patient, Patients.AS_OF);
  }

  private static Finding only(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + verdict.findings()));
  }

  @Test
  void the_largest_of_several_doses_of_one_drug_is_the_single_dose_checked() {
    RegimenVerdict verdict = check(ADULT, RegimenItem.of("pregabalin", "100 mg", "BID"), RegimenItem.of("pregabalin", "350 mg", "QHS"));

    assertThat(only(verdict, "max-single-dose-exceeded").values()).containsEntry("singleDose", "350 mg");
  }

  @Test
  void a_dose_in_another_unit_is_reported_and_the_rest_of_the_drug_still_checked() {
    RegimenVerdict verdict = check(ADULT, RegimenItem.of("pregabalin", "1 patch", "QD"), RegimenItem.of("pregabalin", "400 mg", "BID"));

    assertThat(verdict.has("unit-mismatch")).isTrue();
    assertThat(verdict.has("max-daily-dose-exceeded")).isTrue();
  }

  @Test
  void an_opioid_in_patches_has_no_computable_mme() {
    assertThat(Limits.PHARMACOLOGY.morphineMilligramEquivalents(Regimen.of(RegimenItem.of("morphine", "1 patch", "QD")), ADULT)).isEmpty();
    assertThat(only(check(ADULT, RegimenItem.of("morphine", "1 patch", "QD")), "opioid-in-regimen").values()).containsEntry("mmePerDay", "unknown");
  }

  @Test
  void morphine_partly_in_patches_and_partly_in_milligrams_has_no_computable_mme() {
    RegimenVerdict verdict = check(ADULT, RegimenItem.of("morphine", "10 mg", "BID"), RegimenItem.of("morphine", "1 patch", "QD"));

    assertThat(verdict.morphineMilligramEquivalents()).isEmpty();
    assertThat(only(verdict, "opioid-in-regimen").message()).contains("MME unknown");
  }

  @Test
  void the_opioid_finding_states_the_total_mme_and_its_cdc_factor_and_cites_both() {
    // tramadol 50 mg QID = 200 mg/day x 0.2 (MME-10) = 40 MME/day; opioids are the pitfall of PIT-01.
    Finding opioid = only(check(ADULT, RegimenItem.of("tramadol", "50 mg", "QID")), "opioid-in-regimen");

    assertThat(opioid.message()).contains("Total 40 MME/day.");
    assertThat(opioid.values()).containsEntry("mmePerDay", "40").containsEntry("mmeFactor", "0.2");
    assertThat(opioid.citations()).extracting(c -> c.fact()).containsExactly("PIT-01", "MME-10");
  }

  @Test
  void exactly_five_days_after_duloxetine_an_maoi_is_allowed() {
    Patient four = Patients.taking(ADULT, Patients.current("Phenelzine 15 MG"), Patients.stoppedDaysAgo("Duloxetine 30 MG", 4));
    Patient five = Patients.taking(ADULT, Patients.current("Phenelzine 15 MG"), Patients.stoppedDaysAgo("Duloxetine 30 MG", 5));

    assertThat(only(check(four, RegimenItem.of("gabapentin", "300 mg", "QHS")), "maoi-washout").values()).containsEntry("daysSinceStopped", "4");
    assertThat(check(five, RegimenItem.of("gabapentin", "300 mg", "QHS")).has("maoi-washout")).isFalse();
  }

  @Test
  void a_recently_stopped_drug_is_no_washout_problem_without_a_current_maoi() {
    Patient patient = Patients.taking(ADULT, Patients.current("Ibuprofen 400 MG"), Patients.stoppedDaysAgo("Duloxetine 30 MG", 1));

    assertThat(check(patient, RegimenItem.of("gabapentin", "300 mg", "QHS")).has("maoi-washout")).isFalse();
  }

  @Test
  void a_stopped_medication_takes_no_part_in_interactions() {
    Patient patient = Patients.taking(ADULT, Patients.stoppedDaysAgo("Ibuprofen 400 MG", 30));

    assertThat(check(patient, RegimenItem.of("duloxetine", "30 mg", "QD")).has("interaction")).isFalse();
  }

  @Test
  void missing_data_cites_the_renal_band_it_needed() {
    Finding missing = only(check(Patients.withoutRenalData(), RegimenItem.of("gabapentin", "300 mg", "QHS")), "missing-data");

    assertThat(missing.citations()).extracting(c -> c.fact()).contains("PHARM-D01", "GAB-R1");
  }

  @Test
  void an_excess_names_the_limit_that_set_it() {
    assertThat(only(check(Patients.adultWithCrcl("45"), RegimenItem.of("gabapentin", "800 mg", "BID")), "renal-limit-exceeded").message()).contains("renal limit");
    assertThat(only(check(Patients.childPugh(org.painpath.core.patient.ChildPughClass.B), RegimenItem.of("venlafaxine-er", "150 mg", "QD")), "hepatic-limit-exceeded").message())
        .contains("hepatic limit");
    assertThat(only(check(Patients.aged(80, "90"), RegimenItem.of("tramadol", "100 mg", "QID")), "max-daily-dose-exceeded").message()).contains("older-adult limit");
    assertThat(only(Limits.PHARMACOLOGY.check(new Regimen(java.util.List.of(RegimenItem.of("pregabalin", "200 mg", "BID")), Indication.DPN_LIKE), ADULT, Patients.AS_OF), "max-daily-dose-exceeded").message())
        .contains("DPN_LIKE indication");
    assertThat(only(check(ADULT, RegimenItem.of("duloxetine", "75 mg", "BID")), "max-daily-dose-exceeded").message()).contains("label maximum");
  }

  @Test
  void findings_are_sorted_by_code() {
    RegimenVerdict verdict = check(ADULT, RegimenItem.of("gabapentin", "1300 mg", "QID"), RegimenItem.of("pregabalin", "75 mg", "BID"));

    assertThat(verdict.findings()).extracting(Finding::code).isSorted();
  }
}
