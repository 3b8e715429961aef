package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, opioids: what the opioid findings say (the change, the MME of the drug and in total) and from which MME the precautions apply. */
class OpioidFindingWordingTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  private static Finding only(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + verdict.findings()));
  }

  private static Patient takingMorphine(String daily) {
    return taking(ADULT, current("7052", "Morphine sulfate 10 MG Oral Tablet", daily));
  }

  @Test
  void a_new_morphine_refusal_states_its_own_mme_and_the_total() {
    Finding refusal = only(check(ADULT, item("morphine", "50 mg", "QID")), FindingCodes.OPIOID_NEW);

    assertThat(refusal.message())
        .isEqualTo("morphine 200 mg/day is not among the patient's current medications: the SDK never starts an opioid (non-opioid options first)."
            + " 200 MME/day of it, 200 MME/day in total.");
    assertThat(refusal.values()).containsEntry("drugMmePerDay", "200").containsEntry("mmePerDay", "200");
  }

  @Test
  void a_continued_morphine_of_exactly_50_mme_a_day_gets_the_high_dose_precautions() {
    RegimenVerdict verdict = check(takingMorphine("50 mg"), item("morphine", "25 mg", "BID"));

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    Finding precautions = only(verdict, FindingCodes.HIGH_MME_PRECAUTIONS);
    assertThat(precautions.severity()).isEqualTo(Severity.MAJOR);
    assertThat(precautions.about()).containsExactly("morphine");
    assertThat(precautions.values()).containsEntry("mmePerDay", "50").containsEntry("threshold", "50");
    assertThat(only(verdict, FindingCodes.OPIOID_IN_REGIMEN).message()).startsWith("morphine is an opioid (continued): ").endsWith("Total 50 MME/day.");
  }

  @Test
  void a_continued_morphine_just_below_50_mme_a_day_gets_no_precautions() {
    RegimenVerdict verdict = check(takingMorphine("48 mg"), item("morphine", "24 mg", "BID"));

    assertThat(verdict.has(FindingCodes.HIGH_MME_PRECAUTIONS)).isFalse();
  }

  @Test
  void the_opioid_in_regimen_finding_says_what_the_regimen_does_to_the_current_opioid() {
    assertThat(only(check(takingMorphine("40 mg"), item("morphine", "18 mg", "BID")), FindingCodes.OPIOID_IN_REGIMEN).message())
        .startsWith("morphine is an opioid (reduced): ");
    assertThat(only(check(ADULT, item("morphine", "10 mg", "BID")), FindingCodes.OPIOID_IN_REGIMEN).message())
        .startsWith("morphine is an opioid (not taken now: refused): ");
    assertThat(only(check(takingMorphine("20 mg"), item("morphine", "20 mg", "BID")), FindingCodes.OPIOID_IN_REGIMEN).message())
        .startsWith("morphine is an opioid (an increase: refused): ");
  }
}
