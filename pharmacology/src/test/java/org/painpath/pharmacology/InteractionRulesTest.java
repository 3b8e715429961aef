package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/** One pair per interaction row of reference section 2, in both orders where both are regimen drugs. */
class InteractionRulesTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");

  @ParameterizedTest(name = "{0} + {1} -> {2} ({3})")
  @CsvSource({
    "bupropion-sr, desipramine, INT-04, MAJOR",
    "bupropion-xl, duloxetine, INT-05, MODERATE",
    "tramadol, venlafaxine-er, INT-07, MAJOR",
    "nortriptyline, amitriptyline, INT-09, BLOCKING",
    "diclofenac-gel-1, diclofenac-patch-1.3, DIC-05, MAJOR",
    "gabapentin, codeine, INT-10, MAJOR"
  })
  void two_regimen_drugs_meet_their_rule_in_either_order(String first, String second, String rule, Severity severity) {
    for (Regimen regimen : new Regimen[] {
      Regimen.of(atStart(first), atStart(second)), Regimen.of(atStart(second), atStart(first))
    }) {
      RegimenVerdict verdict = Limits.PHARMACOLOGY.check(regimen, ADULT, Patients.AS_OF);
      Finding finding =
          verdict.findings().stream().filter(f -> rule.equals(f.values().get("rule"))).findFirst().orElseThrow(() -> new AssertionError(verdict.findings().toString()));
      assertThat(finding.severity()).isEqualTo(severity);
      assertThat(finding.about()).isSorted();
    }
  }

  @ParameterizedTest(name = "{0} with current {1} -> {2}")
  @CsvSource({
    "morphine, Lorazepam 1 MG Oral Tablet, INT-12",
    "duloxetine, Ciprofloxacin 500 MG Oral Tablet, INT-15",
    "lidocaine-patch-5, Mexiletine 150 MG Oral Capsule, INT-17",
    "lidocaine-patch-5, Lidocaine 10 MG/ML Injectable Solution, INT-17",
    "venlafaxine-ir, Sumatriptan 50 MG Oral Tablet, DUL-11",
    "tramadol, Sertraline 50 MG Oral Tablet, TRA-03",
    "desipramine, Quinidine sulfate 200 MG, INT-16",
    "venlafaxine-er, Warfarin sodium 5 MG, INT-13"
  })
  void a_regimen_drug_meets_its_rule_with_a_current_co_medication(String drug, String current, String rule) {
    Patient patient = Patients.taking(ADULT, Patients.current(current));
    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(atStart(drug)), patient, Patients.AS_OF);

    assertThat(verdict.findings()).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", rule));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2} with {3}")
  @CsvSource({
    "bupropion-sr, nortriptyline, INT-04, INT-16",
    "duloxetine, desipramine, INT-03, INT-16"
  })
  void a_tca_with_a_cyp2d6_inhibiting_antidepressant_gets_one_alert_that_carries_both_rules(
      String inhibitor, String tca, String lead, String merged) {
    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(atStart(inhibitor), atStart(tca)), ADULT, Patients.AS_OF);

    assertThat(verdict.findings()).filteredOn(f -> f.code().equals("interaction")).singleElement().satisfies(f -> {
      assertThat(f.values()).containsEntry("rule", lead).containsEntry("alsoRules", merged);
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.values().get("mechanisms")).contains("CYP2D6_INHIBITION");
      assertThat(f.message()).contains("lower the TCA dose");
      assertThat(f.citations()).extracting(c -> c.fact()).contains(lead, merged);
    });
  }

  @org.junit.jupiter.api.Test
  void bupropion_with_a_tca_advises_lowering_the_tca_dose_as_its_label_says() {
    RegimenVerdict verdict =
        Limits.PHARMACOLOGY.check(Regimen.of(atStart("bupropion-sr"), atStart("desipramine")), ADULT, Patients.AS_OF);

    assertThat(verdict.findings()).filteredOn(f -> "INT-04".equals(f.values().get("rule")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("reduce the dose of a TCA already taken (BUP-08)"));
  }

  private static RegimenItem atStart(String drug) {
    var start = Limits.PHARMACOLOGY.pack().drug(drug).dosing()
        .map(d -> new RegimenItem(drug, d.start().dose().asDose(), d.start().frequency()))
        .orElse(RegimenItem.of(drug, "10 mg", "QID"));
    return start;
  }
}
