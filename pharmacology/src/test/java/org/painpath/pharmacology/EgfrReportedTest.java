package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.EgfrReport;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/** Issue 15/16: check reports the eGFR (staging, not dosing) or why it is not computed; a patient may leave out sex with a given clearance. */
class EgfrReportedTest {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();
  private static final Regimen GABAPENTIN = Regimen.of(RegimenItem.of("gabapentin", "300 mg", "TID"));

  @Test
  void check_reports_the_egfr_it_computed_for_staging_never_for_dosing() {
    Patient patient =
        Patient.builder().age(Age.years(60)).sex(Sex.F).weightKg(new BigDecimal("70")).serumCreatinine(SerumCreatinine.mgPerDl("1.0")).build();

    RegimenVerdict verdict = PHARMACOLOGY.check(GABAPENTIN, patient, Patients.AS_OF);

    EgfrReport egfr = verdict.egfr().orElseThrow();
    assertThat(egfr.egfr()).contains(RenalFunction.require(patient).egfr());
    assertThat(egfr.usedForDosing()).isFalse();
    // the band is chosen on Cockcroft-Gault, not on the eGFR
    assertThat(verdict.limitsOf("gabapentin").orElseThrow().renalBand().orElseThrow().clearance())
        .contains(RenalFunction.cockcroftGault(patient).orElseThrow());
  }

  @Test
  void a_patient_with_a_given_clearance_and_no_sex_is_checked_and_the_egfr_is_reported_as_not_computed() {
    Patient patient = Patient.builder().age(Age.years(60)).creatinineClearance(CreatinineClearance.of("100")).build();

    RegimenVerdict verdict = PHARMACOLOGY.check(GABAPENTIN, patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isNotEqualTo(Verdict.REJECTED);
    assertThat(verdict.egfr().orElseThrow().notComputed()).contains(EgfrReport.NotComputed.NO_SERUM_CREATININE);
    assertThat(PHARMACOLOGY.limits("gabapentin", patient).maxDaily().toString()).isEqualTo("3600 mg/day");
  }

  @Test
  void a_given_clearance_with_a_creatinine_and_no_sex_is_rejected_naming_sex_and_the_egfr_is_not_computed() {
    Patient patient =
        Patient.builder()
            .age(Age.years(60))
            .creatinineClearance(CreatinineClearance.of("100"))
            .weightKg(new BigDecimal("70"))
            .serumCreatinine(SerumCreatinine.mgPerDl("1.0"))
            .build();

    RegimenVerdict verdict = PHARMACOLOGY.check(GABAPENTIN, patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.all(FindingCodes.MISSING_DATA)).singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("missing.sex", RenalFunction.SEX_NEEDED_FOR_CONTRADICTION));
    assertThat(verdict.egfr().orElseThrow().notComputed()).contains(EgfrReport.NotComputed.NO_SEX);
  }
}
