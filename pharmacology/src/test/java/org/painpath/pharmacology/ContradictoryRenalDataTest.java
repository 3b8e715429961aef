package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, "contradictory kidney data": the pair is never settled toward the unsafe value. */
class ContradictoryRenalDataTest {

  /** A man of 70 weighing 62 kg with creatinine 4.0 mg/dL: Cockcroft-Gault 15 mL/min. */
  private static Patient.Builder creatinine4() {
    return Patient.builder()
        .age(Age.years(70))
        .sex(Sex.M)
        .weightKg(new BigDecimal("62"))
        .serumCreatinine(SerumCreatinine.mgPerDl("4.0"));
  }

  private static final Patient CREATININE_4_CLEARANCE_120 = creatinine4().creatinineClearance(CreatinineClearance.of(120)).build();

  private static final Patient DIALYSIS_CLEARANCE_120 =
      Patient.builder().age(Age.years(50)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(120)).onHaemodialysis(true).build();

  private static java.util.List<Finding> contradictions(RegimenVerdict verdict) {
    return verdict.findings().stream().filter(f -> f.code().equals(FindingCodes.CONTRADICTORY_RENAL_DATA)).toList();
  }

  @Test
  void creatinine_4_with_a_given_clearance_of_120_rejects_full_dose_gabapentin_in_check() {
    RegimenVerdict verdict = check(CREATININE_4_CLEARANCE_120, item("gabapentin", "1200 mg", "TID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding f = contradictions(verdict).get(0);
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(f.about()).containsExactly("gabapentin");
    assertThat(f.values()).containsKeys("contradicts.creatinineClearance", "contradicts.serumCreatinine");
    assertThat(f.message()).contains("120 mL/min", "15 mL/min");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("EQ-01", "EQ-03", "PHARM-K01");
    assertThat(verdict.has(FindingCodes.MISSING_DATA)).isFalse();
  }

  @Test
  void haemodialysis_with_a_given_clearance_of_120_rejects_3600_mg_of_gabapentin_in_check() {
    RegimenVerdict verdict = check(DIALYSIS_CLEARANCE_120, item("gabapentin", "1200 mg", "TID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(contradictions(verdict)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsKeys("contradicts.creatinineClearance", "contradicts.onHaemodialysis"));
  }

  @Test
  void limits_and_titrate_refuse_a_contradictory_pair_naming_both_fields() {
    for (Patient patient : java.util.List.of(CREATININE_4_CLEARANCE_120, DIALYSIS_CLEARANCE_120)) {
      for (String drug : java.util.List.of("gabapentin", "pregabalin", "duloxetine", "venlafaxine-er", "bupropion-sr", "tramadol")) {
        assertThatThrownBy(() -> Limits.of(drug, patient))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
              assertThat(e.problems().hasField("creatinineClearance")).isTrue();
              assertThat(e.problems().hasField(patient.onHaemodialysis() ? "onHaemodialysis" : "serumCreatinine")).isTrue();
              assertThat(e.problems().list()).extracting(Problem::code).containsOnly(RenalFunction.CONTRADICTORY);
            });
      }
      assertThatThrownBy(() -> Limits.PHARMACOLOGY.titrate("gabapentin", patient)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void every_renally_dosed_drug_gets_the_finding_and_every_other_rule_still_runs() {
    Patient patient = taking(CREATININE_4_CLEARANCE_120, current("Linezolid 600 MG Oral Tablet"));

    RegimenVerdict verdict =
        check(patient, item("gabapentin", "300 mg", "TID"), item("duloxetine", "30 mg", "QD"), item("nortriptyline", "200 mg", "QHS"));

    assertThat(contradictions(verdict)).extracting(f -> f.about().get(0)).containsExactlyInAnyOrder("gabapentin", "duloxetine");
    // nortriptyline has no renal band: its own limits are still checked (200 mg/day is above its maximum)
    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.MAX_DAILY_DOSE_EXCEEDED);
      assertThat(f.about()).containsExactly("nortriptyline");
    });
    // and the interactions are still found: duloxetine with linezolid (an MAOI) is contraindicated
    assertThat(verdict.findings()).anySatisfy(f -> assertThat(f.about()).contains("duloxetine").doesNotContain("gabapentin"));
    assertThat(verdict.has("interaction")).isTrue();
  }

  @Test
  void a_drug_without_renal_bands_is_accepted_whatever_the_kidney_pair() {
    RegimenVerdict verdict = check(CREATININE_4_CLEARANCE_120, item("nortriptyline", "25 mg", "QHS"));

    assertThat(contradictions(verdict)).isEmpty();
    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
  }

  @Test
  void a_given_clearance_below_cockcroft_gault_is_used_and_the_limits_say_so() {
    // creatinine 1.0: Cockcroft-Gault 60.2 mL/min; 40 given is the safer value
    Patient patient = creatinine4().serumCreatinine(SerumCreatinine.mgPerDl("1.0")).creatinineClearance(CreatinineClearance.of(40)).build();

    DoseLimits limits = Limits.of("gabapentin", patient);

    assertThat(limits.maxDaily().toString()).isEqualTo("1400 mg/day");
    assertThat(limits.reasons()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CLEARANCE_BELOW_COCKCROFT_GAULT);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.values()).containsEntry("cockcroftGault", "60.2 mL/min");
    });
    assertThat(check(patient, item("gabapentin", "1200 mg", "TID")).verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(check(patient, item("gabapentin", "300 mg", "TID")).verdict()).isNotEqualTo(Verdict.REJECTED);
  }

  @Test
  void validating_a_schedule_for_a_contradictory_patient_names_the_contradiction() {
    TitrationSchedule schedule = Limits.PHARMACOLOGY.titrate("gabapentin", Patients.adultWithCrcl("90"));

    assertThat(Limits.PHARMACOLOGY.validate(schedule, CREATININE_4_CLEARANCE_120))
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCodes.CONTRADICTORY_RENAL_DATA));
  }

  @Test
  void a_renally_dosed_drug_whose_dose_cannot_be_compared_still_gets_the_contradiction() {
    // a dose in tablets is a unit mismatch, so gabapentin's limits are never asked for: the contradiction is still named
    RegimenVerdict verdict = check(CREATININE_4_CLEARANCE_120, item("gabapentin", "2 {tablet}", "TID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.has(FindingCodes.UNIT_MISMATCH)).isTrue();
    assertThat(contradictions(verdict)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
      assertThat(f.about()).containsExactly("gabapentin");
      assertThat(f.values()).containsKeys("contradicts.creatinineClearance", "contradicts.serumCreatinine");
      // the renal rule whose band cannot be chosen (gabapentin's first band, GAB-R1) is cited with the rule that refuses
      assertThat(f.citations()).extracting(c -> c.fact()).containsExactly("PHARM-K01", "EQ-01", "EQ-03", "GAB-R1");
    });
  }
}

