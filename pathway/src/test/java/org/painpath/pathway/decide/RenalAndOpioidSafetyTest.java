package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.scenario.Clinic;

/**
 * Issue 12 in the pathway: contradictory kidney data gets no dose proposal for a renally dosed drug
 * (a refusal or a BLOCKING warning naming both fields instead), and the case's recorded opioids are
 * the patient's current medications, so the pathway's own regimen is never refused as an opioid start.
 */
class RenalAndOpioidSafetyTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  /** Creatinine 4.0 mg/dL (Cockcroft-Gault 15 mL/min) with a given clearance of 120 mL/min. */
  private static Patient contradictory() {
    return Patient.builder()
        .age(Age.years(70))
        .sex(Sex.M)
        .weightKg(new BigDecimal("62"))
        .serumCreatinine(SerumCreatinine.mgPerDl("4.0"))
        .creatinineClearance(CreatinineClearance.of(120))
        .build();
  }

  @Test
  void a_gabapentin_trial_for_contradictory_kidney_data_is_refused_naming_both_fields() {
    Clinic clinic = TrialGuardsTest.evaluated(contradictory(), true);

    List<Finding> reasons = clinic.reject(StartDrugTrial.bySchedule(START, "gabapentin")).reasons();

    assertThat(reasons).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("contradictory-renal-data");
      assertThat(f.values()).containsKeys("creatinineClearance", "serumCreatinine");
    });
  }

  @Test
  void the_plan_for_contradictory_kidney_data_proposes_no_renally_dosed_drug_and_warns_blocking() {
    Plan plan = TrialGuardsTest.evaluated(contradictory(), true).plan();

    assertThat(plan.recommendations())
        .filteredOn(r -> r instanceof StartDrug)
        .extracting(r -> ((StartDrug) r).drug())
        .doesNotContain("gabapentin", "pregabalin", "duloxetine", "venlafaxine-er", "venlafaxine-ir");
    assertThat(plan.recommendations()).noneSatisfy(r -> assertThat(r).isInstanceOf(TitrateDrug.class));
    assertThat(plan.warnings()).filteredOn(w -> w.code().equals("contradictory-renal-data")).singleElement().satisfies(w -> {
      assertThat(w.severity()).isEqualTo(Severity.BLOCKING);
      assertThat(w.about()).contains("gabapentin", "duloxetine");
      assertThat(w.values()).containsKeys("contradicts.creatinineClearance", "contradicts.serumCreatinine");
    });
  }

  @Test
  void the_plan_for_consistent_kidney_data_has_no_contradiction_warning() {
    Plan plan = TrialGuardsTest.evaluated(org.painpath.pathway.scenario.Fixtures.adult(50, Sex.M), true).plan();

    assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("contradictory-renal-data"));
  }

  @Test
  void a_recorded_morphine_is_continued_so_a_drug_started_beside_it_is_not_refused_as_an_opioid_start() {
    Clinic clinic = TrialGuardsTest.evaluated(org.painpath.pathway.scenario.Fixtures.adult(50, Sex.M), true);
    clinic.accept(new RecordOpioid(START, "morphine", Dose.mg(100), Frequency.TWICE_DAILY));

    var started = clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));

    assertThat(started.isAccepted()).isTrue();
    var event = (org.painpath.pathway.event.DrugTrialStarted) started.events().get(0);
    assertThat(event.checkFindings()).noneSatisfy(f -> assertThat(f.code()).isIn("opioid-new", "opioid-increased"));
    assertThat(event.checkFindings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("opioid-in-regimen");
      assertThat(f.values()).containsEntry("change", "CONTINUED");
    });
    // 200 MME/day: the precautions of MME-11/MME-12 travel with the trial
    assertThat(event.checkFindings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("high-mme-precautions"));
  }
}
