package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;

import org.painpath.pharmacology.regimen.DrugChange;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.MedicationChange;
import org.painpath.pharmacology.internal.regimen.MedicationChanges;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, "opioids without a ceiling": the SDK never starts or escalates an opioid, and never refuses a continued one. */
class OpioidChangeTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static final List<String> OPIOID_REFUSALS = List.of(FindingCodes.OPIOID_NEW, FindingCodes.OPIOID_INCREASED);

  private static Finding only(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + verdict.findings()));
  }

  private static Patient takingMorphine(String daily) {
    return taking(ADULT, current("7052", "Morphine sulfate 10 MG Oral Tablet", daily));
  }

  private static void notRefusedForBeingAnOpioid(RegimenVerdict verdict) {
    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).noneSatisfy(f -> assertThat(OPIOID_REFUSALS).contains(f.code()));
  }

  @Test
  void a_new_morphine_of_200_mg_a_day_is_rejected() {
    RegimenVerdict verdict = check(ADULT, item("morphine", "50 mg", "QID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding f = only(verdict, FindingCodes.OPIOID_NEW);
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(f.values()).containsEntry("change", "NEW").containsEntry("mmePerDay", "200");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("PIT-01", "MME-11");
  }

  @Test
  void a_new_morphine_of_2000_mg_a_day_is_rejected() {
    assertThat(check(ADULT, item("morphine", "500 mg", "QID")).verdict()).isEqualTo(Verdict.REJECTED);
  }

  @Test
  void a_new_oxycodone_of_4000_mg_a_day_is_rejected() {
    RegimenVerdict verdict = check(ADULT, item("oxycodone", "1000 mg", "QID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, FindingCodes.OPIOID_NEW).values()).containsEntry("mmePerDay", "6000");
  }

  @Test
  void a_new_morphine_in_tablets_whose_mme_cannot_be_computed_is_rejected() {
    RegimenVerdict verdict = check(ADULT, item("morphine", "2 {tablet}", "BID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, FindingCodes.OPIOID_NEW).values()).containsEntry("mmePerDay", "unknown");
  }

  @Test
  void a_morphine_the_patient_stopped_is_new_again_and_rejected() {
    Patient stopped = taking(ADULT, new MedicationStatement(Code.rxNorm("7052", "Morphine 10 MG"), DailyDose.mg(20), Patients.AS_OF.minusDays(30)));

    assertThat(only(check(stopped, item("morphine", "10 mg", "BID")), FindingCodes.OPIOID_NEW).severity()).isEqualTo(Severity.BLOCKING);
  }

  @Test
  void a_morphine_above_the_patients_current_daily_dose_is_an_increase_and_rejected() {
    RegimenVerdict verdict = check(takingMorphine("20 mg"), item("morphine", "15 mg", "BID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(only(verdict, FindingCodes.OPIOID_INCREASED).values())
        .containsEntry("change", "INCREASED")
        .containsEntry("currentDaily", "20 mg/day");
  }

  @Test
  void the_current_dose_given_every_other_day_at_twice_the_amount_is_an_increase_and_rejected() {
    // 40 mg every other day averages 20 mg/day, but 40 mg is given on the day it is given
    RegimenVerdict verdict = check(takingMorphine("20 mg"), item("morphine", "40 mg", "Q48H"));

    assertThat(only(verdict, FindingCodes.OPIOID_INCREASED).severity()).isEqualTo(Severity.BLOCKING);
  }

  @Test
  void a_continued_morphine_is_not_rejected_and_carries_its_mme() {
    RegimenVerdict verdict = check(takingMorphine("20 mg"), item("morphine", "10 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    Finding f = only(verdict, FindingCodes.OPIOID_IN_REGIMEN);
    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
    assertThat(f.values()).containsEntry("change", "CONTINUED").containsEntry("mmePerDay", "20").containsEntry("drugMmePerDay", "20");
    assertThat(verdict.has(FindingCodes.HIGH_MME_PRECAUTIONS)).isFalse();
  }

  @Test
  void a_continued_oxycodone_at_60_mme_a_day_gets_closer_follow_up_and_naloxone_but_is_not_rejected() {
    Patient patient = taking(ADULT, current("7804", "Oxycodone hydrochloride 20 MG", "40 mg"));

    RegimenVerdict verdict = check(patient, item("oxycodone", "20 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    Finding f = only(verdict, FindingCodes.HIGH_MME_PRECAUTIONS);
    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
    assertThat(f.message()).contains("naloxone", "60 MME/day");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("MME-11", "MME-12");
  }

  @Test
  void a_continued_oxycodone_at_120_mme_a_day_is_not_rejected_there_is_no_90_mme_rule() {
    Patient patient = taking(ADULT, current("7804", "Oxycodone hydrochloride 40 MG", "80 mg"));

    RegimenVerdict verdict = check(patient, item("oxycodone", "40 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    assertThat(verdict.findings()).noneSatisfy(f -> assertThat(f.message()).contains("90 MME"));
  }

  @Test
  void a_slow_reduction_of_10_percent_is_not_rejected_and_not_warned() {
    RegimenVerdict verdict = check(takingMorphine("100 mg"), item("morphine", "45 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    assertThat(only(verdict, FindingCodes.OPIOID_IN_REGIMEN).values()).containsEntry("change", "REDUCED");
    assertThat(verdict.has(FindingCodes.OPIOID_REDUCTION_TOO_FAST)).isFalse();
  }

  @Test
  void a_reduction_of_half_the_dose_in_one_step_is_a_major_warning_never_a_rejection() {
    RegimenVerdict verdict = check(takingMorphine("100 mg"), item("morphine", "25 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    Finding f = only(verdict, FindingCodes.OPIOID_REDUCTION_TOO_FAST);
    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
    assertThat(f.values()).containsEntry("reductionPercent", "50");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("MME-13");
  }

  @Test
  void a_continued_opioid_whose_mme_cannot_be_computed_is_not_rejected_and_asks_for_a_mass_dose() {
    // the patient also takes methadone with no dose given: the total MME is unknown
    Patient patient = taking(takingMorphine("20 mg"), current("Methadone 10 MG Oral Tablet"));

    RegimenVerdict verdict = check(patient, item("morphine", "10 mg", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    Finding f = only(verdict, FindingCodes.MME_UNKNOWN);
    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
    assertThat(f.message()).contains("mass");
  }

  @Test
  void a_continued_opioid_written_in_tablets_is_not_rejected_and_asks_for_the_current_dose_in_mg() {
    RegimenVerdict verdict = check(takingMorphine("20 mg"), item("morphine", "1 {tablet}", "BID"));

    notRefusedForBeingAnOpioid(verdict);
    assertThat(only(verdict, FindingCodes.OPIOID_CHANGE_UNKNOWN).severity()).isEqualTo(Severity.MAJOR);
    assertThat(only(verdict, FindingCodes.MME_UNKNOWN).severity()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void an_opioid_the_patient_takes_at_an_unknown_dose_is_not_rejected_and_the_current_dose_is_asked_for() {
    Patient patient = taking(ADULT, current("Tramadol 50 MG Oral Tablet"));

    RegimenVerdict verdict = check(patient, item("tramadol", "50 mg", "QID"));

    notRefusedForBeingAnOpioid(verdict);
    assertThat(only(verdict, FindingCodes.OPIOID_CHANGE_UNKNOWN).message()).contains("no daily dose given");
  }

  @Test
  void methadone_or_buprenorphine_for_opioid_use_disorder_is_never_flagged_for_discontinuation() {
    Patient patient =
        taking(ADULT, current("0", "Methadone hydrochloride 10 MG Oral Tablet", "60 mg"), current("Buprenorphine 8 MG Sublingual Tablet"));

    for (RegimenVerdict verdict :
        List.of(check(patient, item("duloxetine", "30 mg", "QD")), check(taking(patient, current("7052", "Morphine 10 MG", "20 mg")), item("morphine", "10 mg", "BID")))) {
      assertThat(verdict.findings())
          .filteredOn(f -> f.about().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains("methadone") || a.toLowerCase(java.util.Locale.ROOT).contains("buprenorphine")))
          .noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
      assertThat(verdict.findings())
          .noneSatisfy(f -> assertThat(f.message().toLowerCase(java.util.Locale.ROOT)).containsAnyOf("stop methadone", "discontinue methadone", "taper methadone", "buprenorphine should"));
      assertThat(verdict.has(FindingCodes.OPIOID_REDUCTION_TOO_FAST)).isFalse();
    }
  }

  @Test
  void the_classifier_tells_every_change_from_two_daily_totals() {
    Optional<DailyDose> twenty = Optional.of(DailyDose.mg(20));
    assertThat(MedicationChanges.between(Optional.empty(), twenty)).contains(MedicationChange.NEW);
    assertThat(MedicationChanges.between(twenty, Optional.of(DailyDose.mg(30)))).contains(MedicationChange.INCREASED);
    assertThat(MedicationChanges.between(twenty, Optional.of(DailyDose.of("0.02 g")))).contains(MedicationChange.CONTINUED);
    assertThat(MedicationChanges.between(twenty, Optional.of(DailyDose.mg(10)))).contains(MedicationChange.REDUCED);
    assertThat(MedicationChanges.between(twenty, Optional.empty())).contains(MedicationChange.STOPPED);
    assertThat(MedicationChanges.between(twenty, Optional.of(DailyDose.of("2 {tablet}")))).isEmpty();
  }

  @Test
  void the_classifier_adds_every_current_statement_and_every_item_of_one_ingredient() {
    Patient patient = taking(ADULT, current("7052", "Morphine ER 30 MG", "60 mg"), current("7052", "Morphine IR 10 MG", "20 mg"));

    List<DrugChange> changes =
        MedicationChanges.of(Limits.PHARMACOLOGY.pack().contents(), Regimen.of(item("morphine", "30 mg", "BID"), item("morphine", "10 mg", "BID")), patient);

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.change()).contains(MedicationChange.CONTINUED);
      assertThat(c.current()).contains(DailyDose.mg(80));
    });
  }
}
